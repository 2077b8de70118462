import type { AccountReader, AccountWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { LocalAccount, StoreItemKey, StoreItems } from '../types';
import { toAccountId, toDeviceId, toRegistrationId } from '../types';
import { copyBytes, copyNullableBytes } from './rows';

interface AccountRow {
  account_id: string;
  device_id: number;
  registration_id: number;
  identity_key_pair: Buffer;
  profile_key: Buffer | null;
  relay_password: string;
  handle: string | null;
  created_at: number;
}

export function createAccountRepository(db: SqliteDatabase): AccountReader & AccountWriter {
  const selectAccount = db.prepare<[], AccountRow>('SELECT * FROM account WHERE id = 1');
  const upsertAccount = db.prepare<[AccountRow]>(
    `INSERT INTO account (id, account_id, device_id, registration_id, identity_key_pair, profile_key, relay_password, handle, created_at)
     VALUES (1, @account_id, @device_id, @registration_id, @identity_key_pair, @profile_key, @relay_password, @handle, @created_at)
     ON CONFLICT (id) DO UPDATE SET
       account_id = excluded.account_id, device_id = excluded.device_id, registration_id = excluded.registration_id,
       identity_key_pair = excluded.identity_key_pair, profile_key = excluded.profile_key,
       relay_password = excluded.relay_password, handle = excluded.handle, created_at = excluded.created_at`,
  );
  const selectItem = db.prepare<[string], { value: string }>('SELECT value FROM items WHERE key = ?');
  const upsertItem = db.prepare<[string, string]>(
    'INSERT INTO items (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const deleteItem = db.prepare<[string]>('DELETE FROM items WHERE key = ?');

  return {
    getAccount() {
      const row = selectAccount.get();
      if (row === undefined) return undefined;
      return {
        accountId: toAccountId(row.account_id),
        deviceId: toDeviceId(row.device_id),
        registrationId: toRegistrationId(row.registration_id),
        identityKeyPair: copyBytes(row.identity_key_pair),
        profileKey: copyNullableBytes(row.profile_key),
        relayPassword: row.relay_password,
        handle: row.handle,
        createdAt: row.created_at,
      };
    },
    saveAccount(account: LocalAccount) {
      upsertAccount.run({
        account_id: account.accountId,
        device_id: account.deviceId,
        registration_id: account.registrationId,
        identity_key_pair: Buffer.from(account.identityKeyPair),
        profile_key: account.profileKey === null ? null : Buffer.from(account.profileKey),
        relay_password: account.relayPassword,
        handle: account.handle,
        created_at: account.createdAt,
      });
    },
    getItem<K extends StoreItemKey>(key: K): StoreItems[K] | undefined {
      const row = selectItem.get(key);
      // Values are only ever written by setItem with the matching type.
      return row === undefined ? undefined : (JSON.parse(row.value) as StoreItems[K]);
    },
    setItem<K extends StoreItemKey>(key: K, value: StoreItems[K]) {
      upsertItem.run(key, JSON.stringify(value));
    },
    removeItem(key: StoreItemKey) {
      deleteItem.run(key);
    },
  };
}
