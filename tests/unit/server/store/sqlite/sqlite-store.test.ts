import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteRelayStore } from '../../../../../server/store/sqlite/sqlite-store';
import type { AccountId } from '../../../../../shared/relay-api';
import { asDeviceId } from '../../../../../shared/relay-api';
import { newAccount, newDevice, signedKey } from './fixtures';

let store: SqliteRelayStore;
const one = asDeviceId(1);
const removal = { at: 1_000, tombstoneExpiresAt: Number.MAX_SAFE_INTEGER };

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

describe('SqliteRelayStore accounts', () => {
  it('refuses a second account with the same handle hash, writing nothing', async () => {
    const handleHash = randomBytes(32);
    const first = newAccount({ handleHash });
    const second = newAccount({ handleHash });
    expect(await store.createAccount(first, newDevice())).toBe(true);
    expect(await store.createAccount(second, newDevice())).toBe(false);
    expect(await store.getAccount(second.id)).toBeUndefined();
    expect(await store.listDevices(second.id)).toEqual([]);
    expect(await store.findAccountByHandleHash(handleHash)).toBe(first.id);
  });
});

describe('SqliteRelayStore linking', () => {
  it('consumes the token, assigns the lowest free id, and stops at the device limit', async () => {
    const accountId = await createAccount();
    const token = (): Uint8Array => {
      const hash = randomBytes(32);
      void store.createLinkToken(hash, accountId, 10_000);
      return hash;
    };
    const first = token();
    expect(await store.linkDevice(first, 5_000, 3, newDevice())).toEqual({ kind: 'linked', deviceId: 2 });
    expect(await store.linkDevice(first, 5_000, 3, newDevice())).toEqual({ kind: 'invalid-token' });
    expect(await store.linkDevice(token(), 5_000, 3, newDevice())).toEqual({ kind: 'linked', deviceId: 3 });
    const spare = token();
    expect(await store.linkDevice(spare, 5_000, 3, newDevice())).toEqual({ kind: 'too-many-devices' });
    expect(await store.findLinkToken(spare, 5_000)).toBe(accountId);
    await store.removeDevice(accountId, asDeviceId(2), removal);
    expect(await store.linkDevice(spare, 5_000, 3, newDevice())).toEqual({ kind: 'linked', deviceId: 2 });
  });

  it('refuses an expired token', async () => {
    const accountId = await createAccount();
    const hash = randomBytes(32);
    await store.createLinkToken(hash, accountId, 10_000);
    expect(await store.findLinkToken(hash, 10_000)).toBeUndefined();
    expect(await store.linkDevice(hash, 10_000, 6, newDevice())).toEqual({ kind: 'invalid-token' });
  });
});

describe('SqliteRelayStore keys', () => {
  it('hands each one-time key out once, lowest id first, then the last-resort Kyber key', async () => {
    const lastResort = signedKey(9_000);
    const accountId = await createAccount(
      newDevice({
        pqLastResortPreKey: lastResort,
        preKeys: [
          { keyId: 5, publicKey: randomBytes(33) },
          { keyId: 4, publicKey: randomBytes(33) },
        ],
        pqPreKeys: [signedKey(7)],
      }),
    );
    const first = await store.claimKeys(accountId, one);
    const second = await store.claimKeys(accountId, one);
    const third = await store.claimKeys(accountId, one);
    expect([first?.preKey?.keyId, second?.preKey?.keyId, third?.preKey?.keyId]).toEqual([4, 5, undefined]);
    expect([first?.pqPreKey.keyId, second?.pqPreKey.keyId]).toEqual([7, 9_000]);
    expect(Buffer.from(second?.pqPreKey.publicKey ?? [])).toEqual(Buffer.from(lastResort.publicKey));
    expect(await store.countPreKeys(accountId, one)).toEqual({ ec: 0, kem: 0 });
    expect(await store.claimKeys(accountId, asDeviceId(9))).toBeUndefined();
  });

  it('replaces the one-time keys of one kind and leaves the other', async () => {
    const accountId = await createAccount(newDevice({ preKeys: [{ keyId: 1, publicKey: randomBytes(33) }], pqPreKeys: [signedKey(2)] }));
    await store.setKeys(accountId, one, { preKeys: [1, 2, 3].map((keyId) => ({ keyId, publicKey: randomBytes(33) })) });
    expect(await store.countPreKeys(accountId, one)).toEqual({ ec: 3, kem: 1 });
  });
});

describe('SqliteRelayStore queues', () => {
  it('reads a device’s queue in order from a cursor, skipping expired envelopes', async () => {
    const accountId = await createAccount();
    await store.linkDevice(await (async () => {
      const hash = randomBytes(32);
      await store.createLinkToken(hash, accountId, 10_000);
      return hash;
    })(), 1, 6, newDevice());
    const envelopes = [
      envelope(accountId, 1, 1),
      envelope(accountId, 2, 2),
      envelope(accountId, 1, 3, 50),
      envelope(accountId, 1, 4),
    ];
    await store.enqueue(envelopes);
    const queue = await store.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 100 });
    expect(queue.map((entry) => entry.serverTimestamp)).toEqual([1, 4]);
    const later = await store.readQueue(accountId, one, { afterCursor: queue[0]?.cursor ?? 0, limit: 10, now: 100 });
    expect(later.map((entry) => entry.serverTimestamp)).toEqual([4]);
    expect(await store.readQueue(accountId, one, { afterCursor: 0, limit: 1, now: 0 })).toHaveLength(1);
  });

  it('enqueues all or nothing', async () => {
    const accountId = await createAccount();
    const good = envelope(accountId, 1, 1);
    // Device 5 does not exist: the foreign key fails the whole batch.
    await expect(store.enqueue([good, envelope(accountId, 5, 2)])).rejects.toThrow();
    expect(await store.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 0 })).toEqual([]);
  });

  it('deletes an envelope only from its own device’s queue', async () => {
    const accountId = await createAccount();
    const other = await createAccount();
    const mine = envelope(accountId, 1, 1);
    await store.enqueue([mine]);
    expect(await store.deleteQueued(other, one, mine.guid)).toBe(false);
    expect(await store.deleteQueued(accountId, one, mine.guid)).toBe(true);
    expect(await store.deleteQueued(accountId, one, mine.guid)).toBe(false);
  });

  it('drops a removed device’s queue and keys with it', async () => {
    const accountId = await createAccount(newDevice({ preKeys: [{ keyId: 1, publicKey: randomBytes(33) }] }));
    await store.enqueue([envelope(accountId, 1, 1)]);
    expect(await store.removeDevice(accountId, one, removal)).toBe(true);
    expect(await store.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 0 })).toEqual([]);
    expect(await store.countPreKeys(accountId, one)).toEqual({ ec: 0, kem: 0 });
    expect(await store.removeDevice(accountId, one, removal)).toBe(false);
  });
});

describe('SqliteRelayStore device tombstones', () => {
  it('keeps the removed device’s password hash and removal time, newest first, beside a device that reuses the id', async () => {
    const accountId = await createAccount();
    const token = async (): Promise<Uint8Array> => {
      const hash = randomBytes(32);
      await store.createLinkToken(hash, accountId, 10_000);
      return hash;
    };
    const two = asDeviceId(2);
    await store.linkDevice(await token(), 100, 6, newDevice({ passwordHash: 'first' }));
    expect(await store.removeDevice(accountId, two, { at: 200, tombstoneExpiresAt: 9_000 })).toBe(true);
    await store.linkDevice(await token(), 300, 6, newDevice({ passwordHash: 'second' }));
    expect(await store.removeDevice(accountId, two, { at: 400, tombstoneExpiresAt: 9_000 })).toBe(true);
    await store.linkDevice(await token(), 500, 6, newDevice({ passwordHash: 'third' }));

    expect(await store.listDeviceTombstones(accountId, two, 10)).toEqual([
      { passwordHash: 'second', removedAt: 400 },
      { passwordHash: 'first', removedAt: 200 },
    ]);
    expect(await store.listDeviceTombstones(accountId, two, 1)).toHaveLength(1);
    expect(await store.getPasswordHash(accountId, two)).toBe('third');
    expect(await store.listDeviceTombstones(accountId, one, 10)).toEqual([]);
  });

  it('writes no tombstone for a device that does not exist', async () => {
    const accountId = await createAccount();
    expect(await store.removeDevice(accountId, asDeviceId(5), removal)).toBe(false);
    expect(await store.listDeviceTombstones(accountId, asDeviceId(5), 10)).toEqual([]);
  });

  it('tombstones every device an identity reset removes, the old primary included', async () => {
    const accountId = await createAccount(newDevice({ passwordHash: 'old-primary' }));
    const hash = randomBytes(32);
    await store.createLinkToken(hash, accountId, 10_000);
    await store.linkDevice(hash, 100, 6, newDevice({ passwordHash: 'desktop' }));
    const removed = await store.replaceIdentity(accountId, randomBytes(33), newDevice({ passwordHash: 'new-primary' }), {
      at: 700,
      tombstoneExpiresAt: 9_000,
    });
    expect(removed).toEqual([1, 2]);
    expect(await store.listDeviceTombstones(accountId, one, 10)).toEqual([{ passwordHash: 'old-primary', removedAt: 700 }]);
    expect(await store.listDeviceTombstones(accountId, asDeviceId(2), 10)).toEqual([{ passwordHash: 'desktop', removedAt: 700 }]);
    expect(await store.getPasswordHash(accountId, one)).toBe('new-primary');
  });

  it('sweeps tombstones once they expire', async () => {
    const accountId = await createAccount();
    await store.removeDevice(accountId, one, { at: 10, tombstoneExpiresAt: 100 });
    expect((await store.sweepExpired(99)).tombstones).toBe(0);
    expect((await store.sweepExpired(100)).tombstones).toBe(1);
    expect(await store.listDeviceTombstones(accountId, one, 10)).toEqual([]);
  });
});

describe('SqliteRelayStore sweeping', () => {
  it('removes expired envelopes, tokens and attachment records', async () => {
    const accountId = await createAccount();
    await store.enqueue([envelope(accountId, 1, 1, 100), envelope(accountId, 1, 2, 300)]);
    await store.createLinkToken(randomBytes(32), accountId, 100);
    await store.putAttachment({ id: 'a'.repeat(32), size: 1, createdAt: 0, expiresAt: 100 });
    await store.putAttachment({ id: 'b'.repeat(32), size: 1, createdAt: 0, expiresAt: 300 });
    expect(await store.sweepExpired(200)).toEqual({ messages: 1, linkTokens: 1, attachments: ['a'.repeat(32)], tombstones: 0 });
    expect(await store.getAttachment('b'.repeat(32))).toMatchObject({ size: 1 });
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
