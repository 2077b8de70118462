import type {
  PreKeyReader,
  PreKeyWriter,
  SenderKeyReader,
  SenderKeyWriter,
  SessionReader,
  SessionWriter,
} from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { KyberPreKeyEntry, SignedPreKeyEntry } from '../types';
import { toPreKeyId } from '../types';
import type { Clock } from './rows';
import { copyBytes, toBoolean } from './rows';

interface RecordRow {
  record: Buffer;
}

interface SignedPreKeyRow {
  id: number;
  record: Buffer;
  created_at: number;
}

interface KyberRow extends SignedPreKeyRow {
  is_last_resort: number;
}

function toSignedPreKey(row: SignedPreKeyRow): SignedPreKeyEntry {
  return { id: toPreKeyId(row.id), record: copyBytes(row.record), createdAt: row.created_at };
}

function toKyber(row: KyberRow): KyberPreKeyEntry {
  return {
    id: toPreKeyId(row.id),
    record: copyBytes(row.record),
    isLastResort: toBoolean(row.is_last_resort),
    createdAt: row.created_at,
  };
}

/** libsignal's opaque records: sessions, pre-keys of three kinds, sender keys. */
export function createSignalKeyRepository(
  db: SqliteDatabase,
  clock: Clock,
): SessionReader & SessionWriter & PreKeyReader & PreKeyWriter & SenderKeyReader & SenderKeyWriter {
  const selectSession = db.prepare<[string, number], RecordRow>(
    'SELECT record FROM sessions WHERE address_name = ? AND device_id = ?',
  );
  const selectSessionDevices = db.prepare<[string], { device_id: number }>(
    'SELECT device_id FROM sessions WHERE address_name = ? ORDER BY device_id',
  );
  const upsertSession = db.prepare<[string, number, Uint8Array, number]>(
    `INSERT INTO sessions (address_name, device_id, record, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (address_name, device_id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at`,
  );
  const deleteSession = db.prepare<[string, number]>('DELETE FROM sessions WHERE address_name = ? AND device_id = ?');
  const deleteSessions = db.prepare<[string]>('DELETE FROM sessions WHERE address_name = ?');

  const selectPreKey = db.prepare<[number], RecordRow>('SELECT record FROM pre_keys WHERE id = ?');
  const countPreKeys = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM pre_keys');
  const upsertPreKey = db.prepare<[number, Uint8Array, number]>(
    'INSERT INTO pre_keys (id, record, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record',
  );
  const deletePreKey = db.prepare<[number]>('DELETE FROM pre_keys WHERE id = ?');

  const selectSigned = db.prepare<[number], SignedPreKeyRow>('SELECT * FROM signed_pre_keys WHERE id = ?');
  const selectAllSigned = db.prepare<[], SignedPreKeyRow>('SELECT * FROM signed_pre_keys ORDER BY created_at, id');
  const upsertSigned = db.prepare<[number, Uint8Array, number]>(
    'INSERT INTO signed_pre_keys (id, record, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record',
  );
  const deleteSigned = db.prepare<[number]>('DELETE FROM signed_pre_keys WHERE id = ?');

  const selectKyber = db.prepare<[number], KyberRow>('SELECT * FROM kyber_pre_keys WHERE id = ?');
  const countOneTimeKyber = db.prepare<[], { count: number }>(
    'SELECT count(*) AS count FROM kyber_pre_keys WHERE is_last_resort = 0',
  );
  const upsertKyber = db.prepare<[number, Uint8Array, number, number]>(
    `INSERT INTO kyber_pre_keys (id, record, is_last_resort, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET record = excluded.record, is_last_resort = excluded.is_last_resort`,
  );
  const deleteKyber = db.prepare<[number]>('DELETE FROM kyber_pre_keys WHERE id = ?');
  const selectKyberUse = db.prepare<[number, number, Uint8Array], { used_at: number }>(
    'SELECT used_at FROM kyber_pre_key_uses WHERE kyber_pre_key_id = ? AND signed_pre_key_id = ? AND base_key = ?',
  );
  const insertKyberUse = db.prepare<[number, number, Uint8Array, number]>(
    `INSERT INTO kyber_pre_key_uses (kyber_pre_key_id, signed_pre_key_id, base_key, used_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );

  const selectSenderKey = db.prepare<[string, number, string], RecordRow>(
    'SELECT record FROM sender_keys WHERE address_name = ? AND device_id = ? AND distribution_id = ?',
  );
  const upsertSenderKey = db.prepare<[string, number, string, Uint8Array, number]>(
    `INSERT INTO sender_keys (address_name, device_id, distribution_id, record, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (address_name, device_id, distribution_id) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at`,
  );

  return {
    getSession(addressName, deviceId) {
      const row = selectSession.get(addressName, deviceId);
      return row === undefined ? undefined : copyBytes(row.record);
    },
    listSessionDeviceIds(addressName) {
      return selectSessionDevices.all(addressName).map((row) => row.device_id);
    },
    saveSession(addressName, deviceId, record) {
      upsertSession.run(addressName, deviceId, record, clock());
    },
    deleteSession(addressName, deviceId) {
      deleteSession.run(addressName, deviceId);
    },
    deleteAllSessions(addressName) {
      deleteSessions.run(addressName);
    },

    getPreKey(id) {
      const row = selectPreKey.get(id);
      return row === undefined ? undefined : copyBytes(row.record);
    },
    countPreKeys() {
      return countPreKeys.get()?.count ?? 0;
    },
    savePreKey(id, record) {
      upsertPreKey.run(id, record, clock());
    },
    removePreKey(id) {
      deletePreKey.run(id);
    },

    getSignedPreKey(id) {
      const row = selectSigned.get(id);
      return row === undefined ? undefined : toSignedPreKey(row);
    },
    listSignedPreKeys() {
      return selectAllSigned.all().map(toSignedPreKey);
    },
    saveSignedPreKey(id, record) {
      upsertSigned.run(id, record, clock());
    },
    removeSignedPreKey(id) {
      deleteSigned.run(id);
    },

    getKyberPreKey(id) {
      const row = selectKyber.get(id);
      return row === undefined ? undefined : toKyber(row);
    },
    countOneTimeKyberPreKeys() {
      return countOneTimeKyber.get()?.count ?? 0;
    },
    saveKyberPreKey(id, record, options) {
      upsertKyber.run(id, record, options.isLastResort ? 1 : 0, clock());
    },
    removeKyberPreKey(id) {
      deleteKyber.run(id);
    },
    hasKyberPreKeyUse(kyberId, signedPreKeyId, baseKey) {
      return selectKyberUse.get(kyberId, signedPreKeyId, baseKey) !== undefined;
    },
    recordKyberPreKeyUse(kyberId, signedPreKeyId, baseKey) {
      return insertKyberUse.run(kyberId, signedPreKeyId, baseKey, clock()).changes > 0;
    },

    getSenderKey(addressName, deviceId, distributionId) {
      const row = selectSenderKey.get(addressName, deviceId, distributionId);
      return row === undefined ? undefined : copyBytes(row.record);
    },
    saveSenderKey(addressName, deviceId, distributionId, record) {
      upsertSenderKey.run(addressName, deviceId, distributionId, record, clock());
    },
  };
}
