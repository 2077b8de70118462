/**
 * libsignal's stores backed by the encrypted store. Pass a `Store` for immediate
 * writes, or a `StagedSignalStorage` to commit an operation's writes together with
 * what it produced (see staged-storage.ts).
 */
import type { SignalStorage } from '../store/interface';
import { DbIdentityKeyStore } from './identity-key-store';
import { DbKyberPreKeyStore, DbPreKeyStore, DbSignedPreKeyStore } from './pre-key-stores';
import { DbSenderKeyStore } from './sender-key-store';
import { DbSessionStore } from './session-store';

export interface SignalStores {
  readonly identity: DbIdentityKeyStore;
  readonly session: DbSessionStore;
  readonly preKey: DbPreKeyStore;
  readonly signedPreKey: DbSignedPreKeyStore;
  readonly kyberPreKey: DbKyberPreKeyStore;
  readonly senderKey: DbSenderKeyStore;
}

export function createSignalStores(storage: SignalStorage): SignalStores {
  return {
    identity: new DbIdentityKeyStore(storage),
    session: new DbSessionStore(storage),
    preKey: new DbPreKeyStore(storage),
    signedPreKey: new DbSignedPreKeyStore(storage),
    kyberPreKey: new DbKyberPreKeyStore(storage),
    senderKey: new DbSenderKeyStore(storage),
  };
}

export { KyberPreKeyReuseError, PreKeyNotFoundError, SessionNotFoundError } from './errors';
export type { PreKeyKind } from './errors';
export { DbIdentityKeyStore } from './identity-key-store';
export type { Disposer, IdentityChangeEvent } from './identity-key-store';
export { DbKyberPreKeyStore, DbPreKeyStore, DbSignedPreKeyStore } from './pre-key-stores';
export { DbSenderKeyStore } from './sender-key-store';
export { DbSessionStore } from './session-store';
export { StagedSignalStorage } from './staged-storage';
