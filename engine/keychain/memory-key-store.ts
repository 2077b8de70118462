import type { KeyStore } from './key-store';
import { assertValidProfileId, keychainAccount, keychainService } from './key-store';

/** A KeyStore that forgets everything on exit: for tests of code that needs some key store. */
export class InMemoryKeyStore implements KeyStore {
  readonly #keys = new Map<string, Uint8Array>();

  getDatabaseKey(profileId: string): Promise<Uint8Array | null> {
    assertValidProfileId(profileId);
    const key = this.#keys.get(profileId);
    return Promise.resolve(key === undefined ? null : new Uint8Array(key));
  }

  setDatabaseKey(profileId: string, key: Uint8Array): Promise<void> {
    assertValidProfileId(profileId);
    this.#keys.set(profileId, new Uint8Array(key));
    return Promise.resolve();
  }

  deleteDatabaseKey(profileId: string): Promise<boolean> {
    assertValidProfileId(profileId);
    return Promise.resolve(this.#keys.delete(profileId));
  }

  describeEntry(profileId: string): { readonly service: string; readonly account: string } {
    return { service: keychainService, account: keychainAccount(profileId) };
  }
}
