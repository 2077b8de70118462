/** The first schema: accounts, devices, pre-keys, link tokens, queues, attachment records. */
import type { Migration } from './types';

export const migration0001Init: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        handle_hash BLOB NOT NULL UNIQUE,
        identity_key BLOB NOT NULL,
        unidentified_access_key BLOB,
        unrestricted_unidentified_access INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE devices (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        device_id INTEGER NOT NULL,
        password_hash TEXT NOT NULL,
        registration_id INTEGER NOT NULL,
        name BLOB,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        signed_pre_key_id INTEGER NOT NULL,
        signed_pre_key BLOB NOT NULL,
        signed_pre_key_signature BLOB NOT NULL,
        pq_last_resort_key_id INTEGER NOT NULL,
        pq_last_resort_key BLOB NOT NULL,
        pq_last_resort_signature BLOB NOT NULL,
        PRIMARY KEY (account_id, device_id)
      ) STRICT;

      -- kind 0: one-time EC pre-key (no signature); kind 1: one-time Kyber pre-key (signed).
      CREATE TABLE one_time_pre_keys (
        account_id TEXT NOT NULL,
        device_id INTEGER NOT NULL,
        kind INTEGER NOT NULL,
        key_id INTEGER NOT NULL,
        public_key BLOB NOT NULL,
        signature BLOB,
        PRIMARY KEY (account_id, device_id, kind, key_id),
        FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
      ) STRICT;

      -- Only a hash of each token: a copy of this file does not let anyone link a device.
      CREATE TABLE link_tokens (
        token_hash BLOB PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        expires_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE messages (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT NOT NULL,
        device_id INTEGER NOT NULL,
        guid TEXT NOT NULL UNIQUE,
        server_timestamp INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        envelope BLOB NOT NULL,
        FOREIGN KEY (account_id, device_id) REFERENCES devices(account_id, device_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX messages_by_device ON messages (account_id, device_id, seq);
      CREATE INDEX messages_by_expiry ON messages (expires_at);

      -- No uploader: the relay does not record who shared a blob with whom.
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_expiry ON attachments (expires_at);
    `);
  },
};
