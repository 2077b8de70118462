/**
 * The database key in the OS keychain through keytar (Secret Service on Linux,
 * Keychain on macOS, Credential Manager on Windows). Entry: service "Parley", account
 * "database-key:<profile id>", value the 32-byte key in base64.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { KeychainEntryInvalidError, KeychainUnavailableError } from './errors';
import type { KeyStore } from './key-store';
import { assertValidProfileId, keychainAccount, keychainService } from './key-store';

/** The three calls of keytar Parley uses (its native addon exposes the same ones). */
export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

function isKeytarModule(value: unknown): value is KeytarModule {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate['getPassword'] === 'function' &&
    typeof candidate['setPassword'] === 'function' &&
    typeof candidate['deletePassword'] === 'function'
  );
}

/** The Electron-ABI build of keytar's addon inside `PARLEY_NATIVE_DIR` (docs/decisions/0003). */
export function keytarNativePath(nativeDir: string): string {
  return path.join(nativeDir, 'keytar', 'build', 'Release', 'keytar.node');
}

/**
 * Loads keytar: from `PARLEY_NATIVE_DIR` when the host sets it (the addon is loaded
 * directly, since node_modules holds the Node-ABI build), else from node_modules.
 * Throws KeychainUnavailableError('module') when neither loads.
 */
export function loadKeytar(env: NodeJS.ProcessEnv = process.env): KeytarModule {
  const nativeDir = env['PARLEY_NATIVE_DIR'];
  let loaded: unknown;
  try {
    if (nativeDir !== undefined && nativeDir !== '') {
      const addon: { exports: unknown } = { exports: {} };
      process.dlopen(addon, keytarNativePath(nativeDir));
      loaded = addon.exports;
    } else {
      loaded = createRequire(import.meta.url)('keytar');
    }
  } catch (error) {
    throw new KeychainUnavailableError('module', error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  if (!isKeytarModule(loaded)) {
    throw new KeychainUnavailableError('module', 'the keytar module lacks getPassword/setPassword/deletePassword');
  }
  return loaded;
}

export interface KeytarKeyStoreOptions {
  /** Defaults to loading keytar on first use (see loadKeytar). */
  readonly keytar?: KeytarModule | (() => KeytarModule);
  /** How long one keychain call may take, in ms. An unlock prompt counts against it. */
  readonly timeoutMs?: number;
}

const defaultTimeoutMs = 120_000;
const keyLength = 32;
const base64Key = /^[A-Za-z0-9+/]{43}=$/;

export class KeytarKeyStore implements KeyStore {
  readonly #load: () => KeytarModule;
  #keytar: KeytarModule | undefined;
  readonly #timeoutMs: number;

  constructor(options: KeytarKeyStoreOptions = {}) {
    const keytar = options.keytar;
    this.#load = typeof keytar === 'function' ? keytar : keytar === undefined ? () => loadKeytar() : () => keytar;
    this.#timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  }

  async getDatabaseKey(profileId: string): Promise<Uint8Array | null> {
    const account = this.#account(profileId);
    const stored = await this.#call((keytar) => keytar.getPassword(keychainService, account));
    if (stored === null) return null;
    if (!base64Key.test(stored)) throw new KeychainEntryInvalidError(keychainService, account);
    const key = Buffer.from(stored, 'base64');
    if (key.length !== keyLength) throw new KeychainEntryInvalidError(keychainService, account);
    return new Uint8Array(key);
  }

  async setDatabaseKey(profileId: string, key: Uint8Array): Promise<void> {
    const account = this.#account(profileId);
    if (key.length !== keyLength) throw new RangeError(`A database key has ${keyLength} bytes, not ${key.length}`);
    const encoded = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('base64');
    await this.#call((keytar) => keytar.setPassword(keychainService, account, encoded));
  }

  async deleteDatabaseKey(profileId: string): Promise<boolean> {
    const account = this.#account(profileId);
    return this.#call((keytar) => keytar.deletePassword(keychainService, account));
  }

  describeEntry(profileId: string): { readonly service: string; readonly account: string } {
    return { service: keychainService, account: keychainAccount(profileId) };
  }

  #account(profileId: string): string {
    assertValidProfileId(profileId);
    return keychainAccount(profileId);
  }

  /** Runs one keytar call, turning every way it can fail into KeychainUnavailableError. */
  async #call<T>(operation: (keytar: KeytarModule) => Promise<T>): Promise<T> {
    this.#keytar ??= this.#load();
    const keytar = this.#keytar;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new KeychainUnavailableError('timeout', `no answer within ${this.#timeoutMs} ms`));
      }, this.#timeoutMs);
      // A pending keychain call must not keep a finished process alive.
      timer.unref();
    });
    try {
      return await Promise.race([operation(keytar), timeout]);
    } catch (error) {
      if (error instanceof KeychainUnavailableError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new KeychainUnavailableError(/\blocked\b/i.test(detail) ? 'locked' : 'unreachable', detail, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
