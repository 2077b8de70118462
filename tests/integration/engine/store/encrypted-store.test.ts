/**
 * The encrypted store on disk with the key in the real Secret Service (gnome-keyring in
 * a private D-Bus session, see scripts/with-keyring.sh): nothing readable reaches the
 * files, the key lives only in the keychain, and a missing, wrong or unreachable key is
 * a typed refusal that leaves the existing file exactly as it was.
 */
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keychainAccount, keychainService } from '../../../../engine/keychain/key-store';
import { KeytarKeyStore, loadKeytar } from '../../../../engine/keychain/keytar-key-store';
import { openDatabase } from '../../../../engine/store/database';
import {
  DatabaseFileError,
  DatabaseKeyError,
  DatabaseKeyMissingError,
} from '../../../../engine/store/errors';
import type { Store } from '../../../../engine/store/interface';
import { latestSchemaVersion, migrate, schemaVersion } from '../../../../engine/store/migrations';
import { databaseFiles, openEncryptedStore, wipeStore } from '../../../../engine/store/open';
import { createSqlStore } from '../../../../engine/store/sql-store';
import { openSqlite } from '../../../../engine/store/sqlite';
import { toAccountId, toDeviceId, toRegistrationId, toServerGuid } from '../../../../engine/store/types';
import { noKeyringReason, secretServiceAvailable } from './keychain-probe';

const keyring = await secretServiceAvailable();
const keytar = loadKeytar();
const keyStore = new KeytarKeyStore();

let dataDir: string;
let profileId: string;

beforeEach(async () => {
  dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'parley-store-')), 'profile');
  profileId = `test-${randomUUID()}`;
});

afterEach(async () => {
  if (keyring) await keytar.deletePassword(keychainService, keychainAccount(profileId));
  await fs.rm(path.dirname(dataDir), { recursive: true, force: true });
});

function open(): Promise<Store> {
  return openEncryptedStore({ dataDir, keyStore, profileId });
}

/** The key exactly as the Secret Service holds it, read without going through Parley's code. */
async function keyInKeychain(): Promise<Buffer | null> {
  const stored = await keytar.getPassword(keychainService, keychainAccount(profileId));
  return stored === null ? null : Buffer.from(stored, 'base64');
}

/** Every file under the data folder with its SHA-256, to prove "left byte for byte intact". */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of (await fs.readdir(dataDir)).sort()) {
    result[name] = createHash('sha256').update(await fs.readFile(path.join(dataDir, name))).digest('hex');
  }
  return result;
}

async function everyFileInDataDir(): Promise<Array<{ name: string; bytes: Buffer }>> {
  const names = await fs.readdir(dataDir);
  return Promise.all(names.map(async (name) => ({ name, bytes: await fs.readFile(path.join(dataDir, name)) })));
}

/** The ways a secret could show up in a file: as it is, in hex (either case), in base64, as UTF-16. */
function encodings(secret: Buffer): Array<Buffer> {
  return [
    secret,
    Buffer.from(secret.toString('hex')),
    Buffer.from(secret.toString('hex').toUpperCase()),
    Buffer.from(secret.toString('base64')),
    Buffer.from(secret.toString('utf8'), 'utf16le'),
  ];
}

const canaryText = {
  body: 'The heron leaves at midnight, canary 4471',
  displayName: 'Zebulon Quillfeather',
  handle: 'zebulon.quillfeather',
  relayPassword: 'canary-relay-password-7f3a9',
  outbox: 'outbox canary payload 9921',
};

/** Writes one of everything sensitive and returns the byte canaries it used. */
function writeCanaries(store: Store): Array<Buffer> {
  const identity = IdentityKeyPair.generate();
  const profileKey = randomBytes(32);
  const sessionRecord = randomBytes(64);
  const me = toAccountId(randomUUID());
  const contact = toAccountId(randomUUID());
  store.transaction(() => {
    store.saveAccount({
      accountId: me,
      deviceId: toDeviceId(2),
      registrationId: toRegistrationId(4242),
      identityKeyPair: identity.serialize(),
      profileKey: new Uint8Array(profileKey),
      relayPassword: canaryText.relayPassword,
      handle: '+15550199',
      createdAt: Date.now(),
    });
    store.upsertRecipient({ accountId: contact, handle: canaryText.handle, displayName: canaryText.displayName });
    store.saveSession(contact, 1, sessionRecord);
    const conversation = store.getOrCreateDirectConversation(contact);
    store.insertMessage({
      conversationId: conversation.id,
      kind: 'text',
      direction: 'incoming',
      senderAccountId: contact,
      senderDeviceId: toDeviceId(1),
      serverGuid: toServerGuid(randomUUID()),
      sentAt: 1,
      receivedAt: 2,
      body: canaryText.body,
      status: 'received',
      errorText: null,
    });
    store.enqueueOutbox({ kind: 'message', recipients: [contact], messageId: null, payload: Buffer.from(canaryText.outbox) });
  });
  return [
    ...Object.values(canaryText).map((text) => Buffer.from(text)),
    Buffer.from(identity.privateKey.serialize()),
    profileKey,
    sessionRecord,
  ];
}

/** Which files hold which canary, in any of its encodings. */
async function findCanaries(canaries: ReadonlyArray<Buffer>): Promise<Array<string>> {
  const found: Array<string> = [];
  for (const { name, bytes } of await everyFileInDataDir()) {
    for (const canary of canaries) {
      if (encodings(canary).some((encoded) => bytes.includes(encoded))) {
        found.push(`${name}: ${canary.subarray(0, 12).toString('hex')}…`);
      }
    }
  }
  return found;
}

describe.skipIf(!keyring)(`encrypted store with the real Secret Service${keyring ? '' : ` (skipped: ${noKeyringReason})`}`, () => {
  it('creates the key in the Secret Service on first run, and nowhere else', async () => {
    expect(await keyInKeychain()).toBeNull();
    const store = await open();
    const key = await keyInKeychain();
    expect(key?.length).toBe(32);
    writeCanaries(store);
    store.close();
    if (key === null) throw new Error('no key in the keychain');
    for (const { name, bytes } of await everyFileInDataDir()) {
      for (const encoded of encodings(key)) {
        expect(bytes.includes(encoded), `${name} contains the database key`).toBe(false);
      }
    }
  });

  it('writes no plaintext canary to the database or its WAL', async () => {
    const store = await open();
    const canaries = writeCanaries(store);
    const files = databaseFiles(dataDir);
    // While open, committed pages sit in the WAL: check it before close checkpoints it away.
    expect((await fs.stat(files.wal)).size).toBeGreaterThan(0);
    expect(await findCanaries(canaries)).toEqual([]);
    store.close();
    expect(await findCanaries(canaries)).toEqual([]);
    const header = (await fs.readFile(files.database)).subarray(0, 16);
    expect(header.toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('(control) the canary search does find them in an unencrypted database of the same schema', async () => {
    await fs.mkdir(dataDir, { recursive: true });
    const db = openSqlite(databaseFiles(dataDir).database);
    db.pragma('journal_mode = WAL');
    migrate(db);
    const store = createSqlStore(db);
    const canaries = writeCanaries(store);
    const found = await findCanaries(canaries);
    store.close();
    expect(found.some((entry) => entry.startsWith('parley.db-wal'))).toBe(true);
    expect(found.length).toBeGreaterThanOrEqual(canaries.length);
  });

  it('reopens with the key from the keychain, at the latest schema, with the data intact', async () => {
    const store = await open();
    writeCanaries(store);
    store.close();
    const reopened = await open();
    expect(reopened.getAccount()?.relayPassword).toBe(canaryText.relayPassword);
    expect(reopened.listRecipients().map((recipient) => recipient.displayName)).toEqual([canaryText.displayName]);
    reopened.close();
    const key = await keyInKeychain();
    if (key === null) throw new Error('no key in the keychain');
    const db = openDatabase({ path: databaseFiles(dataDir).database, key, mustExist: true });
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps the files private to this user', async () => {
    const store = await open();
    writeCanaries(store);
    const files = databaseFiles(dataDir);
    for (const file of [files.database, files.wal]) {
      expect((await fs.stat(file)).mode & 0o077).toBe(0);
    }
    expect((await fs.stat(dataDir)).mode & 0o077).toBe(0);
    store.close();
  });

  it('does not open without a key, or with a wrong one, and leaves the file byte for byte intact', async () => {
    const store = await open();
    writeCanaries(store);
    store.close();
    const before = await snapshot();
    const file = databaseFiles(dataDir).database;

    // Plain SQLite, no key at all.
    const plain = openSqlite(file, { fileMustExist: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();

    // A wrong 32-byte key, directly and through the keychain.
    expect(() => openDatabase({ path: file, key: randomBytes(32), mustExist: true })).toThrow(DatabaseKeyError);
    const rightKey = await keyInKeychain();
    await keytar.setPassword(keychainService, keychainAccount(profileId), randomBytes(32).toString('base64'));
    const failure = await open().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseKeyError);
    expect((failure as DatabaseKeyError).databasePath).toBe(file);
    expect(await snapshot()).toEqual(before);

    // The right key still opens it.
    if (rightKey === null) throw new Error('no key in the keychain');
    await keytar.setPassword(keychainService, keychainAccount(profileId), rightKey.toString('base64'));
    const reopened = await open();
    expect(reopened.getAccount()?.relayPassword).toBe(canaryText.relayPassword);
    reopened.close();
  });

  it('refuses with DatabaseKeyMissingError when the keychain lost the key, and creates nothing', async () => {
    const store = await open();
    writeCanaries(store);
    store.close();
    const before = await snapshot();
    await keytar.deletePassword(keychainService, keychainAccount(profileId));

    const failure = await open().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseKeyMissingError);
    expect(failure).toMatchObject({ keychainService: 'Parley', keychainAccount: `database-key:${profileId}` });
    expect(await snapshot()).toEqual(before);
    // No new key was made to go with a new database.
    expect(await keyInKeychain()).toBeNull();
  });

  it('refuses a WAL without its database instead of starting over', async () => {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(databaseFiles(dataDir).wal, randomBytes(4096));
    const before = await snapshot();
    await expect(open()).rejects.toThrow(DatabaseFileError);
    expect(await snapshot()).toEqual(before);
    expect(await keyInKeychain()).toBeNull();
  });

  it('reuses a key the keychain already holds when the database is not there', async () => {
    const key = randomBytes(32);
    await keytar.setPassword(keychainService, keychainAccount(profileId), key.toString('base64'));
    const store = await open();
    store.close();
    expect(await keyInKeychain()).toEqual(key);
  });

  it('wipes the database, its WAL and SHM, and the keychain entry on unlink', async () => {
    const store = await open();
    writeCanaries(store);
    expect(await fs.readdir(dataDir)).toEqual(expect.arrayContaining(['parley.db', 'parley.db-wal', 'parley.db-shm']));
    await wipeStore({ dataDir, keyStore, profileId, store });
    expect(await fs.readdir(dataDir)).toEqual([]);
    expect(await keyInKeychain()).toBeNull();
    // And the next start is a first run again.
    const fresh = await open();
    expect(fresh.getAccount()).toBeUndefined();
    fresh.close();
  });
});

describe.skipIf(!keyring)(`encrypted store without a reachable keychain${keyring ? '' : ` (skipped: ${noKeyringReason})`}`, () => {
  const child = path.join(import.meta.dirname, 'open-store-child.ts');

  /** Opens the store in a process whose D-Bus session points nowhere. */
  async function openWithoutKeychain(): Promise<{ ok: boolean; name?: string; reason?: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' };
    delete env['DISPLAY'];
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, dataDir, profileId], {
      env,
      cwd: path.resolve(import.meta.dirname, '../../../..'),
    });
    return JSON.parse(stdout) as { ok: boolean; name?: string; reason?: string };
  }

  it('refuses with KeychainUnavailableError on first run and creates no database', async () => {
    expect(await openWithoutKeychain()).toMatchObject({ ok: false, name: 'KeychainUnavailableError', reason: 'no-bus' });
    await expect(fs.readdir(dataDir)).rejects.toThrow(/ENOENT/);
  });

  it('refuses with KeychainUnavailableError for an existing database and leaves it intact', async () => {
    const store = await open();
    writeCanaries(store);
    store.close();
    const before = await snapshot();
    expect(await openWithoutKeychain()).toMatchObject({ ok: false, name: 'KeychainUnavailableError', reason: 'no-bus' });
    expect(await snapshot()).toEqual(before);
    // The key is still where it was.
    expect((await keyInKeychain())?.length).toBe(32);
  });
});
