/**
 * The database key in the OS keychain through keytar (Secret Service on Linux,
 * Keychain on macOS, Credential Manager on Windows). Entry: service "Parley", account
 * "database-key:<profile id>", value the 32-byte key in base64.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { KeychainEntryInvalidError, KeychainUnavailableError } from './errors';
import type { KeychainUnavailableReason } from './errors';
import type { KeyStore } from './key-store';
import { assertValidProfileId, keychainAccount, keychainService } from './key-store';
import { probeSecretService } from './secret-service-probe';
import type { KeychainProbe } from './secret-service-probe';

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
  /**
   * Asked before keytar is first used, and again after it said "unavailable" (the user
   * may have started the keyring since). Defaults to `probeSecretService()`.
   */
  readonly probe?: () => Promise<KeychainProbe>;
  /** How long one keychain call may take, in ms, when nothing should be asking the user. */
  readonly timeoutMs?: number;
  /** How long one call may take when the keychain may be showing an unlock or new-keyring prompt. */
  readonly promptTimeoutMs?: number;
}

const defaultTimeoutMs = 10_000;
const defaultPromptTimeoutMs = 60_000;
const keyLength = 32;
const base64Key = /^[A-Za-z0-9+/]{43}=$/;

export class KeytarKeyStore implements KeyStore {
  readonly #load: () => KeytarModule;
  #keytar: KeytarModule | undefined;
  readonly #probe: () => Promise<KeychainProbe>;
  /** Set once the probe said "ready"; until then every call probes first. */
  #ready: { readonly mayPrompt: boolean } | undefined;
  readonly #timeoutMs: number;
  readonly #promptTimeoutMs: number;

  constructor(options: KeytarKeyStoreOptions = {}) {
    const keytar = options.keytar;
    this.#load = typeof keytar === 'function' ? keytar : keytar === undefined ? () => loadKeytar() : () => keytar;
    this.#probe = options.probe ?? (() => probeSecretService());
    this.#timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.#promptTimeoutMs = options.promptTimeoutMs ?? defaultPromptTimeoutMs;
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
    const ready = await this.#whenReady();
    this.#keytar ??= this.#load();
    const keytar = this.#keytar;
    const timeoutMs = ready.mayPrompt ? this.#promptTimeoutMs : this.#timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new KeychainUnavailableError('timed-out', `no answer within ${String(timeoutMs)} ms`));
      }, timeoutMs);
      // A pending keychain call must not keep a finished process alive.
      timer.unref();
    });
    try {
      return await Promise.race([operation(keytar), timeout]);
    } catch (error) {
      if (error instanceof KeychainUnavailableError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new KeychainUnavailableError(reasonOf(detail), detail, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async #whenReady(): Promise<{ readonly mayPrompt: boolean }> {
    if (this.#ready !== undefined) return this.#ready;
    const probe = await this.#probe();
    if (probe.kind === 'unavailable') throw new KeychainUnavailableError(probe.reason, probe.detail);
    this.#ready = { mayPrompt: probe.mayPrompt };
    return this.#ready;
  }
}

/** keytar's own errors are libsecret's and GLib's messages; these are the ones worth telling apart. */
function reasonOf(detail: string): KeychainUnavailableReason {
  if (/\blocked\b/i.test(detail)) return 'locked';
  if (/autolaunch|Could not connect|No such file or directory|Connection refused/i.test(detail)) return 'no-bus';
  if (/ServiceUnknown|was not provided by any \.service files|org\.freedesktop\.secrets/i.test(detail)) return 'no-secret-service';
  if (/collection\/login|No such object|Object does not exist/i.test(detail)) return 'no-keyring';
  if (/dismissed|cancel/i.test(detail)) return 'locked';
  return 'service-error';
}
