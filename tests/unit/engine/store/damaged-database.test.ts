/**
 * A database whose files are damaged is refused at open with a typed error, whatever
 * page the damage is on, and nothing is deleted or rewritten; a clean close leaves one
 * self-contained file. Real SQLCipher files on disk, a stand-in keychain.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InMemoryKeyStore } from '../../../../engine/keychain/memory-key-store';
import { openDatabase } from '../../../../engine/store/database';
import { checkPagesInBackground } from '../../../../engine/store/page-check';
import { DatabaseDamagedError, DatabaseFileError, DatabaseKeyError } from '../../../../engine/store/errors';
import type { Store } from '../../../../engine/store/interface';
import { databaseFiles, hasDatabase, openEncryptedStore, openEncryptedStoreCheckingPages, prepareDatabaseKey } from '../../../../engine/store/open';
import { toAccountId, toDeviceId } from '../../../../engine/store/types';

const pageSize = 4096;
let dataDir: string;
let keyStore: InMemoryKeyStore;

beforeEach(async () => {
  dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'parley-damage-')), 'data');
  keyStore = new InMemoryKeyStore();
});
afterEach(async () => {
  await fs.rm(path.dirname(dataDir), { recursive: true, force: true });
});

function open(): Promise<Store> {
  return openEncryptedStore({ dataDir, keyStore, profileId: 'p' });
}

/** A few hundred messages: enough pages that the damage can sit far from page 1. */
function writeMessages(store: Store, count = 600): void {
  const peer = toAccountId(randomUUID());
  store.transaction(() => {
    store.upsertRecipient({ accountId: peer, handle: 'peer', displayName: 'Peer' });
    const conversation = store.getOrCreateDirectConversation(peer);
    for (let index = 0; index < count; index++) {
      store.insertMessage({
        conversationId: conversation.id,
        kind: 'text',
        direction: 'incoming',
        senderAccountId: peer,
        senderDeviceId: toDeviceId(1),
        serverGuid: null,
        sentAt: index,
        receivedAt: index,
        body: `message ${String(index)} ${randomBytes(48).toString('hex')}`,
        status: 'read',
        errorText: null,
      });
    }
  });
}

/** Every file of the data folder with its SHA-256: "left byte for byte intact". */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of (await fs.readdir(dataDir)).sort()) {
    result[name] = createHash('sha256').update(await fs.readFile(path.join(dataDir, name))).digest('hex');
  }
  return result;
}

async function overwrite(file: string, offset: number, bytes: Buffer): Promise<void> {
  const handle = await fs.open(file, 'r+');
  await handle.write(bytes, 0, bytes.length, offset);
  await handle.close();
}

describe('opening a damaged database', () => {
  it('refuses a database damaged on a page far past page 1, before anything is written', async () => {
    const store = await open();
    writeMessages(store);
    store.close();
    const file = databaseFiles(dataDir).database;
    const pages = (await fs.stat(file)).size / pageSize;
    expect(pages).toBeGreaterThan(20);
    // Page 1 (the one "opens fine" reads) is intact; one page in the middle is not.
    await overwrite(file, Math.floor(pages / 2) * pageSize + 200, randomBytes(32));
    const before = await snapshot();

    const failure = await open().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseDamagedError);
    expect(failure).toMatchObject({ code: 'database-corrupt', databasePath: file });
    expect(await snapshot()).toEqual(before);
    // And again: a refusal changes nothing that would let a second try "succeed".
    await expect(open()).rejects.toThrow(DatabaseDamagedError);
    expect(await snapshot()).toEqual(before);
  });

  it('tells a damaged first page (or a wrong key) apart from damage further in', async () => {
    const store = await open();
    writeMessages(store, 50);
    store.close();
    const file = databaseFiles(dataDir).database;
    await overwrite(file, 100, randomBytes(16));
    await expect(open()).rejects.toThrow(DatabaseKeyError);
  });

  it('refuses an empty database file beside a WAL that holds data, and keeps both', async () => {
    const files = databaseFiles(dataDir);
    const store = await open();
    writeMessages(store, 50);
    // While the store is open its commits sit in the WAL: keep a copy, as a crash would.
    const wal = await fs.readFile(files.wal);
    expect(wal.length).toBeGreaterThan(0);
    store.close();
    // The main file lost its content (a truncation, a bad copy); the WAL is what is left.
    await fs.writeFile(files.database, '');
    await fs.writeFile(files.wal, wal);
    const before = await snapshot();

    const failure = await open().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseFileError);
    expect(failure).toMatchObject({ code: 'database-file', reason: 'wal-without-database' });
    // SQLite would have deleted this WAL and started a fresh database; nothing was touched.
    expect(await snapshot()).toEqual(before);
    expect(await hasDatabase(dataDir).catch((error: unknown) => error)).toBeInstanceOf(DatabaseFileError);
  });

  it('still initialises an empty database file with an empty WAL (a first run cut short)', async () => {
    const files = databaseFiles(dataDir);
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(files.database, '');
    await fs.writeFile(files.wal, '');
    expect(await hasDatabase(dataDir)).toBe(false);
    const store = await open();
    expect(store.getAccount()).toBeUndefined();
    store.close();
  });
});

describe('closing the store', () => {
  it('checkpoints and empties the WAL even while another connection has the file open', async () => {
    const files = databaseFiles(dataDir);
    const store = await open();
    const key = await keyStore.getDatabaseKey('p');
    if (key === null) throw new Error('no key');
    // A second connection (a backup tool, a second reader) keeps SQLite from doing it on its own.
    const other = openDatabase({ path: files.database, key, mustExist: true });
    writeMessages(store, 200);
    expect((await fs.stat(files.wal)).size).toBeGreaterThan(0);
    store.close();
    expect((await fs.stat(files.wal)).size).toBe(0);
    other.close();
    // Everything is in the main file: it opens on its own.
    const reopened = await open();
    expect(reopened.listConversationOverviews()).toHaveLength(1);
    reopened.close();
  });
});

describe('prepareDatabaseKey', () => {
  it('puts a key in the keychain for a first run without creating any file', async () => {
    await prepareDatabaseKey({ dataDir, keyStore, profileId: 'p' });
    const key = await keyStore.getDatabaseKey('p');
    expect(key?.length).toBe(32);
    await expect(fs.readdir(dataDir)).rejects.toThrow(/ENOENT/);
    // The database created later uses that same key.
    (await open()).close();
    expect(await keyStore.getDatabaseKey('p')).toEqual(key);
  });
});

describe('checking the pages on a worker thread', () => {
  it('opens at once and then reports damage past page 1 as database-corrupt, leaving the file as it was', async () => {
    const store = await open();
    writeMessages(store);
    store.close();
    const file = databaseFiles(dataDir).database;
    const pages = (await fs.stat(file)).size / pageSize;
    await overwrite(file, Math.floor(pages * 0.6) * pageSize + 200, randomBytes(64));
    const before = await snapshot();

    const opened = await openEncryptedStoreCheckingPages({ dataDir, keyStore, profileId: 'p' });
    // The chats can be read meanwhile; the damage is elsewhere.
    expect(opened.store.getAccount()).toBeUndefined();
    const failure = await opened.pagesChecked.then(
      () => undefined,
      (error: unknown) => error,
    );
    opened.store.close();
    expect(failure).toBeInstanceOf(DatabaseDamagedError);
    expect((failure as DatabaseDamagedError).code).toBe('database-corrupt');
    expect(await snapshot()).toEqual(before);
  });

  it('resolves for an intact database, which stays usable', async () => {
    const store = await open();
    writeMessages(store, 50);
    store.close();
    const opened = await openEncryptedStoreCheckingPages({ dataDir, keyStore, profileId: 'p' });
    await opened.pagesChecked;
    expect(opened.store.listConversations()).toHaveLength(1);
    opened.store.close();
  });
});

describe('checkPagesInBackground', () => {
  it('finds the damage itself on its worker thread (no fallback involved)', async () => {
    const store = await open();
    writeMessages(store);
    store.close();
    const file = databaseFiles(dataDir).database;
    const pages = (await fs.stat(file)).size / pageSize;
    const key = await keyStore.getDatabaseKey('p');
    if (key === null) throw new Error('no key');
    await expect(checkPagesInBackground({ file, key })).resolves.toBeUndefined();
    await overwrite(file, Math.floor(pages / 2) * pageSize + 100, randomBytes(32));
    await expect(checkPagesInBackground({ file, key })).rejects.toMatchObject({ name: 'DatabaseDamagedError', code: 'database-corrupt' });
  });
});
