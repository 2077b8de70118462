/**
 * The embedded default RelayStore: one SQLite file (WAL). Relay data is ciphertext and
 * metadata, so the file is not encrypted; handles and link tokens are stored as hashes.
 * better-sqlite3 is synchronous: each method runs to completion, and each multi-row
 * change is one transaction.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { AccountId, DeviceId } from '../../../shared/relay-api';
import { asAccountId, asDeviceId } from '../../../shared/relay-api';
import type {
  AccountRecord,
  AttachmentRecord,
  ClaimedKeys,
  DeviceRecord,
  DeviceRegistration,
  DeviceRemoval,
  DeviceTombstone,
  KeyUpdate,
  LinkOutcome,
  NewAccount,
  NewDevice,
  NewQueuedEnvelope,
  PreKeyCounts,
  QueuedEnvelope,
  RelayStore,
  StoredPreKey,
  StoredSignedPreKey,
  SweepResult,
} from '../types';
import { migrate } from './migrate';
import { migrations } from './migrations';

export interface SqliteRelayStoreOptions {
  /** A file path, or ':memory:' for tests. */
  readonly filename: string;
  /**
   * 'full' fsyncs every commit, so an accepted envelope survives power loss; 'normal'
   * (WAL) survives a crashed process but may lose the last commits on power loss.
   */
  readonly durability?: 'full' | 'normal';
}

const EC = 0;
const KEM = 1;

/** One caller's queue write inside a group commit, settled when the group commits. */
interface PendingWrite {
  readonly apply: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface DeviceRow {
  account_id: string;
  device_id: number;
  password_hash: string;
  registration_id: number;
  name: Buffer | null;
  created_at: number;
  last_seen_at: number;
  signed_pre_key_id: number;
  signed_pre_key: Buffer;
  signed_pre_key_signature: Buffer;
  pq_last_resort_key_id: number;
  pq_last_resort_key: Buffer;
  pq_last_resort_signature: Buffer;
}

interface AccountRow {
  id: string;
  identity_key: Buffer;
  unidentified_access_key: Buffer | null;
  unrestricted_unidentified_access: number;
  kind: string;
  created_at: number;
}

interface PreKeyRow {
  key_id: number;
  public_key: Buffer;
  signature: Buffer | null;
}

interface QueueRow {
  seq: number;
  guid: string;
  server_timestamp: number;
  envelope: Buffer;
}

function toDevice(row: DeviceRow): DeviceRecord {
  return {
    accountId: asAccountId(row.account_id),
    deviceId: asDeviceId(row.device_id),
    passwordHash: row.password_hash,
    registrationId: row.registration_id,
    name: row.name ?? undefined,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    signedPreKey: { keyId: row.signed_pre_key_id, publicKey: row.signed_pre_key, signature: row.signed_pre_key_signature },
    pqLastResortPreKey: {
      keyId: row.pq_last_resort_key_id,
      publicKey: row.pq_last_resort_key,
      signature: row.pq_last_resort_signature,
    },
  };
}

export class SqliteRelayStore implements RelayStore {
  private readonly db: BetterSqlite3.Database;
  private readonly statements;
  private readonly insertDeviceTx;
  private readonly linkDeviceTx;
  private readonly setKeysTx;
  private readonly removeDeviceTx;
  private readonly replaceIdentityTx;
  private readonly claimKeysTx;
  private readonly enqueueTx;
  private readonly sweepTx;
  /** Queue writes waiting for the next group commit (see `groupCommit`). */
  private pendingWrites: Array<PendingWrite> = [];
  private readonly groupCommitTx;

  constructor(options: SqliteRelayStoreOptions) {
    if (options.filename !== ':memory:') restrictDatabaseFiles(options.filename);
    this.db = new Database(options.filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Deleted (acknowledged) envelopes are overwritten where that costs no extra I/O.
    this.db.pragma('secure_delete = FAST');
    migrate(this.db, migrations);
    const db = this.db;

    this.statements = {
      getAccount: db.prepare<[string], AccountRow>(
        'SELECT id, identity_key, unidentified_access_key, unrestricted_unidentified_access, kind, created_at FROM accounts WHERE id = ?',
      ),
      findAccountByHandle: db.prepare<[Uint8Array], { id: string }>('SELECT id FROM accounts WHERE handle_hash = ?'),
      insertAccount: db.prepare(
        `INSERT INTO accounts (id, handle_hash, identity_key, unidentified_access_key, unrestricted_unidentified_access, kind, created_at)
         VALUES (@id, @handleHash, @identityKey, @uak, @unrestricted, @kind, @createdAt)
         ON CONFLICT (handle_hash) DO NOTHING`,
      ),
      setAccessKey: db.prepare<[Uint8Array | null, string]>('UPDATE accounts SET unidentified_access_key = ? WHERE id = ?'),
      setUnrestricted: db.prepare<[number, string]>(
        'UPDATE accounts SET unrestricted_unidentified_access = ? WHERE id = ?',
      ),
      getDevice: db.prepare<[string, number], DeviceRow>('SELECT * FROM devices WHERE account_id = ? AND device_id = ?'),
      listDevices: db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE account_id = ? ORDER BY device_id'),
      listRegistrations: db.prepare<[string], { device_id: number; registration_id: number }>(
        'SELECT device_id, registration_id FROM devices WHERE account_id = ? ORDER BY device_id',
      ),
      getPasswordHash: db.prepare<[string, number], { password_hash: string }>(
        'SELECT password_hash FROM devices WHERE account_id = ? AND device_id = ?',
      ),
      insertDevice: db.prepare(
        `INSERT INTO devices (account_id, device_id, password_hash, registration_id, name, created_at, last_seen_at,
           signed_pre_key_id, signed_pre_key, signed_pre_key_signature,
           pq_last_resort_key_id, pq_last_resort_key, pq_last_resort_signature)
         VALUES (@accountId, @deviceId, @passwordHash, @registrationId, @name, @now, @now,
           @spkId, @spk, @spkSig, @pqId, @pq, @pqSig)`,
      ),
      deleteDevice: db.prepare<[string, number]>('DELETE FROM devices WHERE account_id = ? AND device_id = ?'),
      deleteDevices: db.prepare<[string]>('DELETE FROM devices WHERE account_id = ?'),
      tombstoneDevice: db.prepare<[number, number, string, number]>(
        `INSERT INTO device_tombstones (account_id, device_id, password_hash, removed_at, expires_at)
         SELECT account_id, device_id, password_hash, ?, ? FROM devices WHERE account_id = ? AND device_id = ?`,
      ),
      tombstoneDevices: db.prepare<[number, number, string]>(
        `INSERT INTO device_tombstones (account_id, device_id, password_hash, removed_at, expires_at)
         SELECT account_id, device_id, password_hash, ?, ? FROM devices WHERE account_id = ?`,
      ),
      listTombstones: db.prepare<[string, number, number], { password_hash: string; removed_at: number }>(
        `SELECT password_hash, removed_at FROM device_tombstones WHERE account_id = ? AND device_id = ?
         ORDER BY removed_at DESC, id DESC LIMIT ?`,
      ),
      setIdentityKey: db.prepare<[Uint8Array, string]>('UPDATE accounts SET identity_key = ? WHERE id = ?'),
      touchDevice: db.prepare<[number, string, number]>(
        'UPDATE devices SET last_seen_at = ? WHERE account_id = ? AND device_id = ?',
      ),
      setSignedPreKey: db.prepare<[number, Uint8Array, Uint8Array, string, number]>(
        `UPDATE devices SET signed_pre_key_id = ?, signed_pre_key = ?, signed_pre_key_signature = ?
         WHERE account_id = ? AND device_id = ?`,
      ),
      setLastResort: db.prepare<[number, Uint8Array, Uint8Array, string, number]>(
        `UPDATE devices SET pq_last_resort_key_id = ?, pq_last_resort_key = ?, pq_last_resort_signature = ?
         WHERE account_id = ? AND device_id = ?`,
      ),
      deleteOneTimeKeys: db.prepare<[string, number, number]>(
        'DELETE FROM one_time_pre_keys WHERE account_id = ? AND device_id = ? AND kind = ?',
      ),
      insertOneTimeKey: db.prepare<[string, number, number, number, Uint8Array, Uint8Array | null]>(
        `INSERT INTO one_time_pre_keys (account_id, device_id, kind, key_id, public_key, signature)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET public_key = excluded.public_key, signature = excluded.signature`,
      ),
      countOneTimeKeys: db.prepare<[string, number, number], { n: number }>(
        'SELECT count(*) AS n FROM one_time_pre_keys WHERE account_id = ? AND device_id = ? AND kind = ?',
      ),
      takeOneTimeKey: db.prepare<[string, number, number], PreKeyRow>(
        `DELETE FROM one_time_pre_keys WHERE rowid = (
           SELECT rowid FROM one_time_pre_keys WHERE account_id = ? AND device_id = ? AND kind = ? ORDER BY key_id LIMIT 1
         ) RETURNING key_id, public_key, signature`,
      ),
      insertLinkToken: db.prepare<[Uint8Array, string, number]>(
        'INSERT INTO link_tokens (token_hash, account_id, expires_at) VALUES (?, ?, ?)',
      ),
      findLinkToken: db.prepare<[Uint8Array, number], { account_id: string }>(
        'SELECT account_id FROM link_tokens WHERE token_hash = ? AND expires_at > ?',
      ),
      deleteLinkToken: db.prepare<[Uint8Array]>('DELETE FROM link_tokens WHERE token_hash = ?'),
      deviceIds: db.prepare<[string], { device_id: number }>(
        'SELECT device_id FROM devices WHERE account_id = ? ORDER BY device_id',
      ),
      insertMessage: db.prepare(
        `INSERT INTO messages (account_id, device_id, guid, server_timestamp, expires_at, envelope)
         VALUES (@accountId, @deviceId, @guid, @serverTimestamp, @expiresAt, @envelope)`,
      ),
      readQueue: db.prepare<[string, number, number, number, number], QueueRow>(
        `SELECT seq, guid, server_timestamp, envelope FROM messages
         WHERE account_id = ? AND device_id = ? AND seq > ? AND expires_at > ?
         ORDER BY seq LIMIT ?`,
      ),
      deleteMessage: db.prepare<[string, number, string]>(
        'DELETE FROM messages WHERE account_id = ? AND device_id = ? AND guid = ?',
      ),
      insertAttachment: db.prepare(
        'INSERT INTO attachments (id, size, created_at, expires_at) VALUES (@id, @size, @createdAt, @expiresAt)',
      ),
      getAttachment: db.prepare<[string], { id: string; size: number; created_at: number; expires_at: number }>(
        'SELECT id, size, created_at, expires_at FROM attachments WHERE id = ?',
      ),
      sweepMessages: db.prepare<[number]>('DELETE FROM messages WHERE expires_at <= ?'),
      sweepLinkTokens: db.prepare<[number]>('DELETE FROM link_tokens WHERE expires_at <= ?'),
      sweepAttachments: db.prepare<[number], { id: string }>('DELETE FROM attachments WHERE expires_at <= ? RETURNING id'),
      sweepTombstones: db.prepare<[number]>('DELETE FROM device_tombstones WHERE expires_at <= ?'),
    };

    const insertKeys = (accountId: string, deviceId: number, update: KeyUpdate): void => {
      const s = this.statements;
      if (update.signedPreKey !== undefined) {
        const key = update.signedPreKey;
        s.setSignedPreKey.run(key.keyId, key.publicKey, key.signature, accountId, deviceId);
      }
      if (update.pqLastResortPreKey !== undefined) {
        const key = update.pqLastResortPreKey;
        s.setLastResort.run(key.keyId, key.publicKey, key.signature, accountId, deviceId);
      }
      if (update.preKeys !== undefined) {
        s.deleteOneTimeKeys.run(accountId, deviceId, EC);
        for (const key of update.preKeys) s.insertOneTimeKey.run(accountId, deviceId, EC, key.keyId, key.publicKey, null);
      }
      if (update.pqPreKeys !== undefined) {
        s.deleteOneTimeKeys.run(accountId, deviceId, KEM);
        for (const key of update.pqPreKeys) {
          s.insertOneTimeKey.run(accountId, deviceId, KEM, key.keyId, key.publicKey, key.signature);
        }
      }
    };

    const insertDevice = (accountId: string, deviceId: number, device: NewDevice, now: number): void => {
      this.statements.insertDevice.run({
        accountId,
        deviceId,
        passwordHash: device.passwordHash,
        registrationId: device.registrationId,
        name: device.name ?? null,
        now,
        spkId: device.signedPreKey.keyId,
        spk: device.signedPreKey.publicKey,
        spkSig: device.signedPreKey.signature,
        pqId: device.pqLastResortPreKey.keyId,
        pq: device.pqLastResortPreKey.publicKey,
        pqSig: device.pqLastResortPreKey.signature,
      });
      insertKeys(accountId, deviceId, { preKeys: device.preKeys, pqPreKeys: device.pqPreKeys });
    };

    this.insertDeviceTx = db.transaction((account: NewAccount, primary: NewDevice): boolean => {
      const result = this.statements.insertAccount.run({
        id: account.id,
        handleHash: account.handleHash,
        identityKey: account.identityKey,
        uak: account.unidentifiedAccessKey ?? null,
        unrestricted: account.unrestrictedUnidentifiedAccess ? 1 : 0,
        kind: account.kind,
        createdAt: account.createdAt,
      });
      if (result.changes === 0) return false;
      insertDevice(account.id, 1, primary, account.createdAt);
      return true;
    });

    this.linkDeviceTx = db.transaction(
      (tokenHash: Uint8Array, now: number, maxDevices: number, device: NewDevice): LinkOutcome => {
        const token = this.statements.findLinkToken.get(tokenHash, now);
        if (token === undefined) return { kind: 'invalid-token' };
        const taken = this.statements.deviceIds.all(token.account_id).map((row) => row.device_id);
        if (taken.length >= maxDevices) return { kind: 'too-many-devices' };
        let deviceId = 2;
        while (taken.includes(deviceId)) deviceId += 1;
        this.statements.deleteLinkToken.run(tokenHash);
        insertDevice(token.account_id, deviceId, device, now);
        return { kind: 'linked', deviceId: asDeviceId(deviceId) };
      },
    );

    this.setKeysTx = db.transaction(insertKeys);

    this.removeDeviceTx = db.transaction((accountId: string, deviceId: number, removal: DeviceRemoval): boolean => {
      const tombstoned = this.statements.tombstoneDevice.run(removal.at, removal.tombstoneExpiresAt, accountId, deviceId);
      if (tombstoned.changes === 0) return false;
      this.statements.deleteDevice.run(accountId, deviceId);
      return true;
    });

    this.replaceIdentityTx = db.transaction(
      (accountId: string, identityKey: Uint8Array, primary: NewDevice, removal: DeviceRemoval): Array<number> => {
        const removed = this.statements.deviceIds.all(accountId).map((row) => row.device_id);
        this.statements.setIdentityKey.run(identityKey, accountId);
        this.statements.tombstoneDevices.run(removal.at, removal.tombstoneExpiresAt, accountId);
        // Keys and queued envelopes go with the devices (ON DELETE CASCADE): they were for the old identity.
        this.statements.deleteDevices.run(accountId);
        insertDevice(accountId, 1, primary, removal.at);
        return removed;
      },
    );

    this.claimKeysTx = db.transaction((accountId: string, deviceId: number): ClaimedKeys | undefined => {
      const device = this.statements.getDevice.get(accountId, deviceId);
      if (device === undefined) return undefined;
      const ec = this.statements.takeOneTimeKey.get(accountId, deviceId, EC);
      const kem = this.statements.takeOneTimeKey.get(accountId, deviceId, KEM);
      const preKey: StoredPreKey | undefined = ec === undefined ? undefined : { keyId: ec.key_id, publicKey: ec.public_key };
      const pqPreKey: StoredSignedPreKey =
        kem?.signature != null
          ? { keyId: kem.key_id, publicKey: kem.public_key, signature: kem.signature }
          : toDevice(device).pqLastResortPreKey;
      return { preKey, pqPreKey };
    });

    this.enqueueTx = db.transaction((envelopes: ReadonlyArray<NewQueuedEnvelope>) => {
      for (const envelope of envelopes) this.statements.insertMessage.run(envelope);
    });

    // Each write runs in its own savepoint (a nested transaction), so one failing write
    // rolls back alone; the group then commits, and fsyncs, once.
    this.groupCommitTx = db.transaction((writes: ReadonlyArray<PendingWrite>) =>
      writes.map((write): { ok: true; value: unknown } | { ok: false; error: Error } => {
        try {
          // A lone write needs no savepoint: its failure rolls back the whole (its own) transaction.
          return { ok: true, value: writes.length === 1 ? write.apply() : db.transaction(write.apply)() };
        } catch (error: unknown) {
          return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
        }
      }),
    );

    this.sweepTx = db.transaction((now: number): SweepResult => {
      const messages = this.statements.sweepMessages.run(now).changes;
      const linkTokens = this.statements.sweepLinkTokens.run(now).changes;
      const attachments = this.statements.sweepAttachments.all(now).map((row) => row.id);
      const tombstones = this.statements.sweepTombstones.run(now).changes;
      return { messages, linkTokens, attachments, tombstones };
    });
  }

  getAccount(accountId: AccountId): Promise<AccountRecord | undefined> {
    return this.run(() => {
      const row = this.statements.getAccount.get(accountId);
      if (row === undefined) return undefined;
      return {
        id: asAccountId(row.id),
        identityKey: row.identity_key,
        unidentifiedAccessKey: row.unidentified_access_key ?? undefined,
        unrestrictedUnidentifiedAccess: row.unrestricted_unidentified_access === 1,
        // A kind a newer relay wrote reads as personal: the smaller device limit.
        kind: row.kind === 'business' ? 'business' : 'personal',
        createdAt: row.created_at,
      };
    });
  }

  findAccountByHandleHash(handleHash: Uint8Array): Promise<AccountId | undefined> {
    return this.run(() => {
      const row = this.statements.findAccountByHandle.get(handleHash);
      return row === undefined ? undefined : asAccountId(row.id);
    });
  }

  getDevice(accountId: AccountId, deviceId: DeviceId): Promise<DeviceRecord | undefined> {
    return this.run(() => {
      const row = this.statements.getDevice.get(accountId, deviceId);
      return row === undefined ? undefined : toDevice(row);
    });
  }

  listDevices(accountId: AccountId): Promise<ReadonlyArray<DeviceRecord>> {
    return this.run(() => this.statements.listDevices.all(accountId).map(toDevice));
  }

  listDeviceRegistrations(accountId: AccountId): Promise<ReadonlyArray<DeviceRegistration>> {
    return this.run(() =>
      this.statements.listRegistrations
        .all(accountId)
        .map((row) => ({ deviceId: asDeviceId(row.device_id), registrationId: row.registration_id })),
    );
  }

  getPasswordHash(accountId: AccountId, deviceId: DeviceId): Promise<string | undefined> {
    return this.run(() => this.statements.getPasswordHash.get(accountId, deviceId)?.password_hash);
  }

  listDeviceTombstones(accountId: AccountId, deviceId: DeviceId, limit: number): Promise<ReadonlyArray<DeviceTombstone>> {
    return this.run(() =>
      this.statements.listTombstones
        .all(accountId, deviceId, limit)
        .map((row) => ({ passwordHash: row.password_hash, removedAt: row.removed_at })),
    );
  }

  findLinkToken(tokenHash: Uint8Array, now: number): Promise<AccountId | undefined> {
    return this.run(() => {
      const row = this.statements.findLinkToken.get(tokenHash, now);
      return row === undefined ? undefined : asAccountId(row.account_id);
    });
  }

  countPreKeys(accountId: AccountId, deviceId: DeviceId): Promise<PreKeyCounts> {
    return this.run(() => {
      const count = (kind: number): number => this.statements.countOneTimeKeys.get(accountId, deviceId, kind)?.n ?? 0;
      return { ec: count(EC), kem: count(KEM) };
    });
  }

  readQueue(
    accountId: AccountId,
    deviceId: DeviceId,
    options: { readonly afterCursor: number; readonly limit: number; readonly now: number },
  ): Promise<ReadonlyArray<QueuedEnvelope>> {
    return this.run(() =>
      this.statements.readQueue
        .all(accountId, deviceId, options.afterCursor, options.now, options.limit)
        .map((row) => ({ cursor: row.seq, guid: row.guid, serverTimestamp: row.server_timestamp, envelope: row.envelope })),
    );
  }

  getAttachment(id: string): Promise<AttachmentRecord | undefined> {
    return this.run(() => {
      const row = this.statements.getAttachment.get(id);
      if (row === undefined) return undefined;
      return { id: row.id, size: row.size, createdAt: row.created_at, expiresAt: row.expires_at };
    });
  }

  createAccount(account: NewAccount, primary: NewDevice): Promise<boolean> {
    return this.run(() => this.insertDeviceTx(account, primary));
  }

  setUnidentifiedAccess(
    accountId: AccountId,
    change: { readonly key?: Uint8Array | null; readonly unrestricted?: boolean },
  ): Promise<void> {
    return this.run(() => {
      this.db.transaction(() => {
        if (change.key !== undefined) this.statements.setAccessKey.run(change.key, accountId);
        if (change.unrestricted !== undefined) this.statements.setUnrestricted.run(change.unrestricted ? 1 : 0, accountId);
      })();
    });
  }

  createLinkToken(tokenHash: Uint8Array, accountId: AccountId, expiresAt: number): Promise<void> {
    return this.run(() => {
      this.statements.insertLinkToken.run(tokenHash, accountId, expiresAt);
    });
  }

  linkDevice(tokenHash: Uint8Array, now: number, maxDevices: number, device: NewDevice): Promise<LinkOutcome> {
    return this.run(() => this.linkDeviceTx(tokenHash, now, maxDevices, device));
  }

  removeDevice(accountId: AccountId, deviceId: DeviceId, removal: DeviceRemoval): Promise<boolean> {
    return this.run(() => this.removeDeviceTx(accountId, deviceId, removal));
  }

  replaceIdentity(
    accountId: AccountId,
    identityKey: Uint8Array,
    primary: NewDevice,
    removal: DeviceRemoval,
  ): Promise<ReadonlyArray<DeviceId>> {
    return this.run(() => this.replaceIdentityTx(accountId, identityKey, primary, removal).map((id) => asDeviceId(id)));
  }

  touchDevice(accountId: AccountId, deviceId: DeviceId, now: number): Promise<void> {
    return this.run(() => {
      this.statements.touchDevice.run(now, accountId, deviceId);
    });
  }

  setKeys(accountId: AccountId, deviceId: DeviceId, update: KeyUpdate): Promise<void> {
    return this.run(() => {
      this.setKeysTx(accountId, deviceId, update);
    });
  }

  claimKeys(accountId: AccountId, deviceId: DeviceId): Promise<ClaimedKeys | undefined> {
    return this.run(() => this.claimKeysTx(accountId, deviceId));
  }

  enqueue(envelopes: ReadonlyArray<NewQueuedEnvelope>): Promise<void> {
    return this.groupCommit(() => {
      this.enqueueTx(envelopes);
    });
  }

  deleteQueued(accountId: AccountId, deviceId: DeviceId, guid: string): Promise<boolean> {
    return this.groupCommit(() => this.statements.deleteMessage.run(accountId, deviceId, guid).changes > 0);
  }

  putAttachment(record: AttachmentRecord): Promise<void> {
    return this.run(() => {
      this.statements.insertAttachment.run(record);
    });
  }

  sweepExpired(now: number): Promise<SweepResult> {
    return this.run(() => this.sweepTx(now));
  }

  close(): Promise<void> {
    return this.run(() => {
      if (!this.db.open) return;
      // Writes already accepted in this turn commit before the file closes.
      this.flushWrites();
      // Fold the WAL into the main file so a stopped relay's data is one file.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    });
  }

  /**
   * Group commit for the hot path (enqueue and acknowledge): writes requested during one
   * turn of the event loop commit together in one transaction, so under load one fsync
   * covers many envelopes. Each promise still resolves only after its write committed.
   */
  private groupCommit<T>(apply: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.pendingWrites.length === 0) {
        setImmediate(() => {
          this.flushWrites();
        });
      }
      this.pendingWrites.push({ apply, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private flushWrites(): void {
    const writes = this.pendingWrites;
    this.pendingWrites = [];
    if (writes.length === 0) return;
    let outcomes: ReadonlyArray<{ ok: true; value: unknown } | { ok: false; error: Error }>;
    try {
      if (!this.db.open) throw new Error('The relay store is closed.');
      outcomes = this.groupCommitTx(writes);
    } catch (error: unknown) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const write of writes) write.reject(failure);
      return;
    }
    outcomes.forEach((outcome, index) => {
      const write = writes[index];
      if (write === undefined) return;
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.error);
    });
  }

  /** Runs a synchronous statement so that a thrown error becomes a rejection, as callers of an async store expect. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/**
 * The database, its WAL and its shared-memory file hold account metadata: owner-only,
 * whatever the folder's mode or the process umask (issue 10, item 7). SQLite creates
 * the -wal and -shm files with the main file's permissions, so the main file is created
 * (or tightened) 0600 before SQLite opens it; files left by an older relay are tightened too.
 */
function restrictDatabaseFiles(filename: string): void {
  fs.closeSync(fs.openSync(filename, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o600));
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    try {
      fs.chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
