/**
 * openEncryptedStore's decisions with a stand-in keychain (the real Secret Service is
 * exercised in tests/integration/engine/store).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeychainUnavailableError } from '../../../../engine/keychain/errors';
import type { KeyStore } from '../../../../engine/keychain/key-store';
import { InMemoryKeyStore } from '../../../../engine/keychain/memory-key-store';
import { openDatabase } from '../../../../engine/store/database';
import { DatabaseVersionError } from '../../../../engine/store/errors';
import { latestSchemaVersion } from '../../../../engine/store/migrations';
import { databaseFiles, openEncryptedStore } from '../../../../engine/store/open';

let dataDir: string;

beforeEach(async () => {
  dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'parley-open-')), 'data');
});
afterEach(async () => {
  await fs.rm(path.dirname(dataDir), { recursive: true, force: true });
});

async function digest(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

describe('openEncryptedStore', () => {
  it('refuses a keychain that does not keep the new key, before creating a database', async () => {
    const forgetful: KeyStore = {
      getDatabaseKey: () => Promise.resolve(null),
      setDatabaseKey: () => Promise.resolve(),
      deleteDatabaseKey: () => Promise.resolve(false),
      describeEntry: () => ({ service: 'Parley', account: 'database-key:p' }),
    };
    await expect(openEncryptedStore({ dataDir, keyStore: forgetful, profileId: 'p' })).rejects.toThrow(
      KeychainUnavailableError,
    );
    await expect(fs.stat(databaseFiles(dataDir).database)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a database from a newer Parley and leaves it unchanged', async () => {
    const keyStore = new InMemoryKeyStore();
    (await openEncryptedStore({ dataDir, keyStore, profileId: 'p' })).close();
    const key = await keyStore.getDatabaseKey('p');
    if (key === null) throw new Error('no key');
    const db = openDatabase({ path: databaseFiles(dataDir).database, key, mustExist: true });
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const before = await digest(databaseFiles(dataDir).database);
    await expect(openEncryptedStore({ dataDir, keyStore, profileId: 'p' })).rejects.toThrow(DatabaseVersionError);
    expect(await digest(databaseFiles(dataDir).database)).toBe(before);
  });

  it('initialises an empty file left by an interrupted first run', async () => {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(databaseFiles(dataDir).database, '');
    const store = await openEncryptedStore({ dataDir, keyStore: new InMemoryKeyStore(), profileId: 'p' });
    expect(store.getAccount()).toBeUndefined();
    store.close();
  });

  it('refuses a profile id that could not name a keychain entry', async () => {
    await expect(openEncryptedStore({ dataDir, keyStore: new InMemoryKeyStore(), profileId: 'a b' })).rejects.toThrow(
      TypeError,
    );
  });
});
