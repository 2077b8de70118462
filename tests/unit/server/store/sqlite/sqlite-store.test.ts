import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteRelayStore } from '../../../../../server/store/sqlite/sqlite-store';
import type { AccountId } from '../../../../../shared/relay-api';
import { asDeviceId } from '../../../../../shared/relay-api';
import { newAccount, newDevice } from '../../../../contracts/server/fixtures';

let store: SqliteRelayStore;
const one = asDeviceId(1);

beforeEach(() => {
  store = new SqliteRelayStore({ filename: ':memory:' });
});

afterEach(async () => {
  await store.close();
});

async function createAccount(device = newDevice()): Promise<AccountId> {
  const account = newAccount();
  expect(await store.createAccount(account, device)).toBe(true);
  return account.id;
}

function envelope(accountId: AccountId, deviceId: number, serverTimestamp: number, expiresAt = Number.MAX_SAFE_INTEGER) {
  return {
    accountId,
    deviceId: asDeviceId(deviceId),
    guid: randomUUID(),
    serverTimestamp,
    expiresAt,
    envelope: randomBytes(16),
  };
}

// What every store must do is in the contract suites (tests/contracts/server/, run by
// contracts.test.ts); this file holds what is SQLite's own: transactions, group commit, files.

describe('SqliteRelayStore transactions', () => {
  it('enqueues all or nothing', async () => {
    const accountId = await createAccount();
    const good = envelope(accountId, 1, 1);
    // Device 5 does not exist: the foreign key fails the whole batch.
    await expect(store.enqueue([good, envelope(accountId, 5, 2)])).rejects.toThrow();
    expect(await store.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 0 })).toEqual([]);
  });
});

describe('SqliteRelayStore group commit', () => {
  it('commits writes of one turn together, failing only the write that failed', async () => {
    const accountId = await createAccount();
    const good = Array.from({ length: 5 }, (_, index) => envelope(accountId, 1, index));
    const results = await Promise.allSettled([
      ...good.slice(0, 3).map((entry) => store.enqueue([entry])),
      store.enqueue([envelope(accountId, 9, 99)]),
      ...good.slice(3).map((entry) => store.enqueue([entry])),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const queue = await store.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 0 });
    expect(queue.map((entry) => entry.serverTimestamp)).toEqual([0, 1, 2, 3, 4]);
  });

  it('commits pending writes when it closes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-store-'));
    try {
      const filename = path.join(dir, 'relay.sqlite');
      const fileStore = new SqliteRelayStore({ filename });
      const account = newAccount();
      await fileStore.createAccount(account, newDevice());
      const write = fileStore.enqueue([envelope(account.id, 1, 1)]);
      await fileStore.close();
      await expect(write).resolves.toBeUndefined();
      const reopened = new SqliteRelayStore({ filename });
      expect(await reopened.readQueue(account.id, one, { afterCursor: 0, limit: 10, now: 0 })).toHaveLength(1);
      await reopened.close();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('SqliteRelayStore files', () => {
  const modeOf = async (file: string): Promise<number> => (await fs.stat(file)).mode & 0o777;

  it('creates the database, its WAL and its shared-memory file 0600 under a permissive umask and folder', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-store-mode-'));
    await fs.chmod(dir, 0o777);
    const previous = process.umask(0o000);
    let fileStore: SqliteRelayStore | undefined;
    try {
      const filename = path.join(dir, 'relay.sqlite');
      fileStore = new SqliteRelayStore({ filename });
      // A write, so the WAL exists while the store is open.
      await fileStore.createAccount(newAccount(), newDevice());
      expect(await modeOf(filename)).toBe(0o600);
      expect(await modeOf(`${filename}-wal`)).toBe(0o600);
      expect(await modeOf(`${filename}-shm`)).toBe(0o600);
    } finally {
      process.umask(previous);
      await fileStore?.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('tightens database files an older relay left readable by others', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-store-mode-'));
    try {
      const filename = path.join(dir, 'relay.sqlite');
      const first = new SqliteRelayStore({ filename });
      const account = newAccount();
      await first.createAccount(account, newDevice());
      await first.close();
      await fs.chmod(filename, 0o644);
      const reopened = new SqliteRelayStore({ filename });
      expect(await modeOf(filename)).toBe(0o600);
      expect(await reopened.getAccount(account.id)).toMatchObject({ id: account.id });
      await reopened.close();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
