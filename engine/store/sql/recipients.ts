import type { RecipientReader, RecipientWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { AccountId, DeviceId, Recipient, RecipientDevice, RecipientUpdate, RegistrationId } from '../types';
import { toAccountId, toDeviceId, toRegistrationId } from '../types';
import type { Clock } from './rows';
import { copyNullableBytes } from './rows';

interface RecipientRow {
  account_id: string;
  handle: string | null;
  profile_key: Buffer | null;
  display_name: string | null;
  avatar: string | null;
  profile_shared_at: number | null;
  kind: 'personal' | 'business';
  previous_device_count: number | null;
  devices_changed_at: number | null;
  created_at: number;
  updated_at: number;
}

interface DeviceRow {
  account_id: string;
  device_id: number;
  registration_id: number | null;
  first_seen_at: number;
  last_seen_at: number;
}

function toRecipient(row: RecipientRow): Recipient {
  return {
    accountId: toAccountId(row.account_id),
    handle: row.handle,
    profileKey: copyNullableBytes(row.profile_key),
    displayName: row.display_name,
    avatar: row.avatar,
    profileSharedAt: row.profile_shared_at,
    kind: row.kind,
    previousDeviceCount: row.previous_device_count,
    devicesChangedAt: row.devices_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDevice(row: DeviceRow): RecipientDevice {
  return {
    accountId: toAccountId(row.account_id),
    deviceId: toDeviceId(row.device_id),
    registrationId: row.registration_id === null ? null : toRegistrationId(row.registration_id),
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
  };
}

export function createRecipientRepository(db: SqliteDatabase, clock: Clock): RecipientReader & RecipientWriter {
  const selectRecipient = db.prepare<[string], RecipientRow>('SELECT * FROM recipients WHERE account_id = ?');
  const selectByHandle = db.prepare<[string], RecipientRow>('SELECT * FROM recipients WHERE handle = ?');
  const selectAll = db.prepare<[], RecipientRow>('SELECT * FROM recipients ORDER BY account_id');
  const insertIfMissing = db.prepare<[string, number, number]>(
    'INSERT INTO recipients (account_id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (account_id) DO NOTHING',
  );
  const selectDevices = db.prepare<[string], DeviceRow>(
    'SELECT * FROM recipient_devices WHERE account_id = ? ORDER BY device_id',
  );
  const upsertDevice = db.prepare<{ account_id: string; device_id: number; registration_id: number | null; now: number }>(
    `INSERT INTO recipient_devices (account_id, device_id, registration_id, first_seen_at, last_seen_at)
     VALUES (@account_id, @device_id, @registration_id, @now, @now)
     ON CONFLICT (account_id, device_id) DO UPDATE SET
       registration_id = coalesce(excluded.registration_id, registration_id), last_seen_at = excluded.last_seen_at`,
  );
  const deleteDevice = db.prepare<[string, number]>('DELETE FROM recipient_devices WHERE account_id = ? AND device_id = ?');
  const selectDevice = db.prepare<[string, number], { n: number }>('SELECT 1 AS n FROM recipient_devices WHERE account_id = ? AND device_id = ?');
  const countDevices = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM recipient_devices WHERE account_id = ?');
  // Changes a moment apart (a re-fetch that adds several devices one by one) are one change.
  const noteChange = db.prepare<{ account_id: string; before: number; now: number; window: number }>(
    `UPDATE recipients SET
       previous_device_count = CASE WHEN devices_changed_at IS NOT NULL AND devices_changed_at > @now - @window THEN previous_device_count ELSE @before END,
       devices_changed_at = @now
     WHERE account_id = @account_id AND kind = 'business'`,
  );

  /** A business's device count moved by `delta`: remembered, unless it was the first fetch (from none). */
  function noteCountChange(accountId: AccountId, delta: 1 | -1): void {
    const before = (countDevices.get(accountId)?.n ?? 0) - delta;
    if (before > 0) noteChange.run({ account_id: accountId, before, now: clock(), window: 60_000 });
  }

  function ensureRecipient(accountId: AccountId): void {
    const now = clock();
    insertIfMissing.run(accountId, now, now);
  }

  const upsertRecipient = db.transaction((update: RecipientUpdate): Recipient => {
    ensureRecipient(update.accountId);
    // Only the fields present in the update are written; the column names are fixed here.
    const assignments: Array<string> = [];
    const values: Array<string | number | Buffer | null> = [];
    if (update.handle !== undefined) {
      assignments.push('handle = ?');
      values.push(update.handle);
    }
    if (update.profileKey !== undefined) {
      assignments.push('profile_key = ?');
      values.push(update.profileKey === null ? null : Buffer.from(update.profileKey));
    }
    if (update.displayName !== undefined) {
      assignments.push('display_name = ?');
      values.push(update.displayName);
    }
    if (update.avatar !== undefined) {
      assignments.push('avatar = ?');
      values.push(update.avatar);
    }
    if (update.profileSharedAt !== undefined) {
      assignments.push('profile_shared_at = ?');
      values.push(update.profileSharedAt);
    }
    if (update.kind !== undefined) {
      assignments.push('kind = ?');
      values.push(update.kind);
    }
    if (assignments.length > 0) {
      db.prepare(`UPDATE recipients SET ${assignments.join(', ')}, updated_at = ? WHERE account_id = ?`).run(
        ...values,
        clock(),
        update.accountId,
      );
    }
    const row = selectRecipient.get(update.accountId);
    if (row === undefined) throw new Error('recipient vanished inside its own transaction');
    return toRecipient(row);
  });

  const saveDevice = db.transaction(
    (accountId: AccountId, deviceId: DeviceId, registrationId: RegistrationId | null): void => {
      ensureRecipient(accountId);
      const known = selectDevice.get(accountId, deviceId) !== undefined;
      upsertDevice.run({ account_id: accountId, device_id: deviceId, registration_id: registrationId, now: clock() });
      if (!known) noteCountChange(accountId, 1);
    },
  );
  const removeDevice = db.transaction((accountId: AccountId, deviceId: DeviceId): void => {
    if (deleteDevice.run(accountId, deviceId).changes > 0) noteCountChange(accountId, -1);
  });

  return {
    getRecipient(accountId) {
      const row = selectRecipient.get(accountId);
      return row === undefined ? undefined : toRecipient(row);
    },
    getRecipientByHandle(handle) {
      const row = selectByHandle.get(handle);
      return row === undefined ? undefined : toRecipient(row);
    },
    listRecipients() {
      return selectAll.all().map(toRecipient);
    },
    listRecipientDevices(accountId) {
      return selectDevices.all(accountId).map(toDevice);
    },
    upsertRecipient(update) {
      return upsertRecipient(update);
    },
    saveRecipientDevice(accountId, deviceId, registrationId) {
      saveDevice(accountId, deviceId, registrationId);
    },
    removeRecipientDevice(accountId, deviceId) {
      removeDevice(accountId, deviceId);
    },
  };
}
