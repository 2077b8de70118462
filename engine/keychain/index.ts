export { KeychainEntryInvalidError, KeychainUnavailableError, keychainUnavailableReasons } from './errors';
export type { KeychainUnavailableReason } from './errors';
export { assertValidProfileId, folderProfileId, keychainAccount, keychainService } from './key-store';
export type { KeyStore } from './key-store';
export { KeytarKeyStore, keytarNativePath, loadKeytar } from './keytar-key-store';
export type { KeytarKeyStoreOptions, KeytarModule } from './keytar-key-store';
export { InMemoryKeyStore } from './memory-key-store';
export { probeSecretService } from './secret-service-probe';
export type { KeychainProbe, ProbeOptions } from './secret-service-probe';
