/**
 * Where the database key lives. The engine only sees this interface; the keytar
 * implementation is the real one, the in-memory one serves tests.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Service name under which every Parley key is stored in the OS keychain. */
export const keychainService = 'Parley';

/** The keychain account that holds one profile's database key. */
export function keychainAccount(profileId: string): string {
  return `database-key:${profileId}`;
}

/**
 * One keychain entry per data folder (`<prefix>-<16 hex digits of the folder's path
 * hash>`): two profiles on one machine must never share one, or removing one's entry
 * would lose the other's database.
 */
export function folderProfileId(prefix: string, dataDir: string): string {
  return `${prefix}-${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16)}`;
}

/** A profile id names a keychain entry: short, printable, no separators that could collide. */
const profileIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function assertValidProfileId(profileId: string): void {
  if (!profileIdPattern.test(profileId)) {
    throw new TypeError(`Invalid profile id ${JSON.stringify(profileId)}: use 1-64 letters, digits, ".", "_" or "-".`);
  }
}

export interface KeyStore {
  /** The stored key, or null when there is none. Rejects with KeychainUnavailableError. */
  getDatabaseKey(profileId: string): Promise<Uint8Array | null>;
  setDatabaseKey(profileId: string, key: Uint8Array): Promise<void>;
  /** Returns whether a key was there to delete. */
  deleteDatabaseKey(profileId: string): Promise<boolean>;
  /** Names the entry for error messages and documentation (never its content). */
  describeEntry(profileId: string): { readonly service: string; readonly account: string };
}
