import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeychainEntryInvalidError, KeychainUnavailableError } from '../../../../engine/keychain/errors';
import { InMemoryKeyStore } from '../../../../engine/keychain/memory-key-store';
import type { KeytarKeyStoreOptions, KeytarModule } from '../../../../engine/keychain/keytar-key-store';
import { KeytarKeyStore as RealKeytarKeyStore, keytarNativePath, loadKeytar } from '../../../../engine/keychain/keytar-key-store';
import type { KeychainProbe } from '../../../../engine/keychain/secret-service-probe';

/** A keytar stand-in that records what it was asked and can be told to fail. */
function fakeKeytar(failWith?: Error): KeytarModule & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const answer = <T>(value: () => T): Promise<T> =>
    failWith === undefined ? Promise.resolve(value()) : Promise.reject(failWith);
  return {
    entries,
    getPassword: (service, account) => answer(() => entries.get(`${service}/${account}`) ?? null),
    setPassword: (service, account, password) =>
      answer(() => {
        entries.set(`${service}/${account}`, password);
      }),
    deletePassword: (service, account) => answer(() => entries.delete(`${service}/${account}`)),
  };
}

const key = Uint8Array.from({ length: 32 }, (_, index) => index);
const ready = (): Promise<KeychainProbe> => Promise.resolve({ kind: 'ready', mayPrompt: false });

/** The store under test with a keychain that the probe found ready, unless a test says otherwise. */
class KeytarKeyStore extends RealKeytarKeyStore {
  constructor(options: KeytarKeyStoreOptions = {}) {
    super({ probe: ready, ...options });
  }
}

/** A keytar whose calls never settle: a keychain waiting on a prompt nobody sees. */
const silent: KeytarModule = {
  getPassword: () => new Promise(() => undefined),
  setPassword: () => new Promise(() => undefined),
  deletePassword: () => new Promise(() => undefined),
};

describe('KeytarKeyStore', () => {
  it('stores the key as base64 under service "Parley", account "database-key:<profile>"', async () => {
    const keytar = fakeKeytar();
    const store = new KeytarKeyStore({ keytar });
    await store.setDatabaseKey('default', key);
    expect([...keytar.entries.keys()]).toEqual(['Parley/database-key:default']);
    expect(keytar.entries.get('Parley/database-key:default')).toBe(Buffer.from(key).toString('base64'));
    expect(await store.getDatabaseKey('default')).toEqual(key);
    expect(await store.getDatabaseKey('other')).toBeNull();
    expect(await store.deleteDatabaseKey('default')).toBe(true);
    expect(await store.getDatabaseKey('default')).toBeNull();
    expect(store.describeEntry('default')).toEqual({ service: 'Parley', account: 'database-key:default' });
  });

  it('refuses a key of the wrong length and an invalid profile id', async () => {
    const store = new KeytarKeyStore({ keytar: fakeKeytar() });
    await expect(store.setDatabaseKey('default', new Uint8Array(31))).rejects.toThrow(RangeError);
    await expect(store.getDatabaseKey('../etc')).rejects.toThrow(TypeError);
    await expect(store.getDatabaseKey('')).rejects.toThrow(TypeError);
  });

  it('reports an entry that is not a 32-byte key instead of using it', async () => {
    const keytar = fakeKeytar();
    keytar.entries.set('Parley/database-key:default', 'hunter2');
    await expect(new KeytarKeyStore({ keytar }).getDatabaseKey('default')).rejects.toThrow(KeychainEntryInvalidError);
    keytar.entries.set('Parley/database-key:default', Buffer.alloc(16).toString('base64'));
    await expect(new KeytarKeyStore({ keytar }).getDatabaseKey('default')).rejects.toThrow(KeychainEntryInvalidError);
  });

  it('turns an unreachable Secret Service into KeychainUnavailableError', async () => {
    const store = new KeytarKeyStore({ keytar: fakeKeytar(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')) });
    const failure = await store.getDatabaseKey('default').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KeychainUnavailableError);
    expect(failure).toMatchObject({ reason: 'no-bus', detail: 'Cannot autolaunch D-Bus without X11 $DISPLAY' });
  });

  it('names a Secret Service without a default keyring', async () => {
    const store = new KeytarKeyStore({ keytar: fakeKeytar(new Error('Object does not exist at path “/org/freedesktop/secrets/collection/login”')) });
    await expect(store.setDatabaseKey('default', key)).rejects.toMatchObject({ reason: 'no-keyring' });
  });

  it('never calls keytar while the probe finds no keychain, and asks the probe again next time', async () => {
    const keytar = fakeKeytar();
    keytar.entries.set('Parley/database-key:default', Buffer.from(key).toString('base64'));
    const probes: Array<KeychainProbe> = [
      { kind: 'unavailable', reason: 'no-bus', detail: 'DBUS_SESSION_BUS_ADDRESS is not set' },
      { kind: 'ready', mayPrompt: false },
    ];
    let asked = 0;
    let loaded = 0;
    const store = new RealKeytarKeyStore({
      keytar: () => {
        loaded++;
        return keytar;
      },
      probe: () => Promise.resolve(probes[asked++] ?? { kind: 'ready', mayPrompt: false }),
    });
    await expect(store.getDatabaseKey('default')).rejects.toMatchObject({ name: 'KeychainUnavailableError', reason: 'no-bus' });
    // Not even loaded: keytar's first call is what autolaunches a D-Bus session.
    expect(loaded).toBe(0);
    // The user started a keyring and chose "Try again".
    expect(await store.getDatabaseKey('default')).toEqual(key);
    expect(await store.getDatabaseKey('default')).toEqual(key);
    expect(asked).toBe(2);
  });

  it('waits longer for a keychain that may be asking the user to unlock it', async () => {
    const patient = new RealKeytarKeyStore({
      keytar: silent,
      probe: () => Promise.resolve({ kind: 'ready', mayPrompt: true }),
      timeoutMs: 10,
      promptTimeoutMs: 40,
    });
    await expect(patient.getDatabaseKey('default')).rejects.toMatchObject({ reason: 'timed-out', detail: 'no answer within 40 ms' });
  });

  it('tells a locked keyring apart', async () => {
    const store = new KeytarKeyStore({ keytar: fakeKeytar(new Error('Cannot create an item in a locked collection')) });
    await expect(store.setDatabaseKey('default', key)).rejects.toMatchObject({ reason: 'locked' });
  });

  it('gives up on a keychain that never answers', async () => {
    const store = new KeytarKeyStore({ keytar: silent, timeoutMs: 20 });
    await expect(store.getDatabaseKey('default')).rejects.toMatchObject({ name: 'KeychainUnavailableError', reason: 'timed-out' });
  });

  it('reports a keytar module that cannot be loaded when the key is first needed', async () => {
    const store = new KeytarKeyStore({ keytar: () => loadKeytar({ PARLEY_NATIVE_DIR: '/nonexistent' }) });
    await expect(store.getDatabaseKey('default')).rejects.toMatchObject({ name: 'KeychainUnavailableError', reason: 'module' });
  });
});

describe('loadKeytar', () => {
  it('loads the addon from PARLEY_NATIVE_DIR when set', () => {
    // node_modules has the same layout as the Electron copy: <dir>/keytar/build/Release/keytar.node.
    const keytar = loadKeytar({ PARLEY_NATIVE_DIR: path.resolve('node_modules') });
    expect(typeof keytar.getPassword).toBe('function');
    expect(keytarNativePath('/x')).toBe(path.join('/x', 'keytar', 'build', 'Release', 'keytar.node'));
  });

  it('loads keytar from node_modules otherwise', () => {
    expect(typeof loadKeytar({}).setPassword).toBe('function');
  });
});

describe('InMemoryKeyStore', () => {
  it('keeps copies of keys per profile', async () => {
    const store = new InMemoryKeyStore();
    const mine = new Uint8Array(key);
    await store.setDatabaseKey('a', mine);
    mine.fill(0);
    expect(await store.getDatabaseKey('a')).toEqual(key);
    expect(await store.getDatabaseKey('b')).toBeNull();
    expect(await store.deleteDatabaseKey('a')).toBe(true);
  });
});
