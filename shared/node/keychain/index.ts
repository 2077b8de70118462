export { KeychainEntryInvalidError, KeychainUnavailableError } from './errors';
export type { KeychainUnavailableReason } from './errors';
export { assertValidProfileId, keychainAccount, keychainService } from './key-store';
export type { KeyStore } from './key-store';
export { KeytarKeyStore, keytarNativePath, loadKeytar } from './keytar-key-store';
export type { KeytarKeyStoreOptions, KeytarModule } from './keytar-key-store';
export { InMemoryKeyStore } from './memory-key-store';
