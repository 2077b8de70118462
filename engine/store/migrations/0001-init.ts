/**
 * The first schema: this device's account, the people it talks to and their devices,
 * libsignal's state, conversations, messages, the outbox and receipts. STRICT tables so
 * a wrong type is an error instead of a silently coerced value.
 */
import type { Migration } from './migration';

export const migration0001Init: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      -- Exactly one row: this device's own identity.
      CREATE TABLE account (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        account_id TEXT NOT NULL,
        device_id INTEGER NOT NULL CHECK (device_id BETWEEN 1 AND 127),
        registration_id INTEGER NOT NULL,
        identity_key_pair BLOB NOT NULL,
        profile_key BLOB,
        relay_password TEXT NOT NULL,
        handle TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;

      -- Small typed settings (JSON values), see StoreItems.
      CREATE TABLE items (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE recipients (
        account_id TEXT PRIMARY KEY,
        handle TEXT UNIQUE,
        profile_key BLOB,
        display_name TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE recipient_devices (
        account_id TEXT NOT NULL REFERENCES recipients (account_id) ON DELETE CASCADE,
        device_id INTEGER NOT NULL CHECK (device_id BETWEEN 1 AND 127),
        registration_id INTEGER,
        first_seen_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, device_id)
      ) STRICT;

      -- libsignal: identities are per account (address name), not per device.
      CREATE TABLE identity_keys (
        address_name TEXT PRIMARY KEY,
        public_key BLOB NOT NULL,
        verified TEXT NOT NULL DEFAULT 'default' CHECK (verified IN ('default', 'verified', 'unverified')),
        first_seen_at INTEGER NOT NULL,
        changed_at INTEGER,
        change_pending INTEGER NOT NULL DEFAULT 0 CHECK (change_pending IN (0, 1))
      ) STRICT;

      CREATE TABLE identity_key_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        address_name TEXT NOT NULL,
        previous_key BLOB NOT NULL,
        new_key BLOB NOT NULL,
        changed_at INTEGER NOT NULL,
        accepted_at INTEGER
      ) STRICT;
      CREATE INDEX identity_key_changes_by_address ON identity_key_changes (address_name, id);

      CREATE TABLE sessions (
        address_name TEXT NOT NULL,
        device_id INTEGER NOT NULL,
        record BLOB NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (address_name, device_id)
      ) STRICT;

      CREATE TABLE pre_keys (
        id INTEGER PRIMARY KEY,
        record BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE signed_pre_keys (
        id INTEGER PRIMARY KEY,
        record BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE kyber_pre_keys (
        id INTEGER PRIMARY KEY,
        record BLOB NOT NULL,
        is_last_resort INTEGER NOT NULL CHECK (is_last_resort IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;

      -- A last-resort Kyber key may be used many times, but never twice with the same
      -- (signed pre-key, base key): a repeat is a replayed PreKeySignalMessage.
      CREATE TABLE kyber_pre_key_uses (
        kyber_pre_key_id INTEGER NOT NULL REFERENCES kyber_pre_keys (id) ON DELETE CASCADE,
        signed_pre_key_id INTEGER NOT NULL,
        base_key BLOB NOT NULL,
        used_at INTEGER NOT NULL,
        PRIMARY KEY (kyber_pre_key_id, signed_pre_key_id, base_key)
      ) STRICT;

      CREATE TABLE sender_keys (
        address_name TEXT NOT NULL,
        device_id INTEGER NOT NULL,
        distribution_id TEXT NOT NULL,
        record BLOB NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (address_name, device_id, distribution_id)
      ) STRICT;

      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('direct', 'group')),
        recipient_account_id TEXT UNIQUE REFERENCES recipients (account_id),
        title TEXT,
        created_at INTEGER NOT NULL,
        last_message_at INTEGER,
        CHECK ((type = 'direct') = (recipient_account_id IS NOT NULL))
      ) STRICT;

      CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'identity-change', 'undecryptable')),
        direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        sender_account_id TEXT NOT NULL,
        sender_device_id INTEGER NOT NULL,
        server_guid TEXT UNIQUE,
        sent_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        body TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'delivered', 'read', 'failed', 'received')),
        error_text TEXT
      ) STRICT;
      CREATE INDEX messages_in_order ON messages (conversation_id, sent_at, received_at);
      CREATE INDEX messages_by_author ON messages (sender_account_id, sent_at);

      -- Every envelope this device has committed, messages or not (receipts, sync,
      -- undecryptable), so a redelivery after a lost acknowledgement is dropped.
      CREATE TABLE processed_envelopes (
        server_guid TEXT PRIMARY KEY,
        processed_at INTEGER NOT NULL
      ) STRICT;

      -- Persisted before sending; AUTOINCREMENT so ids only grow and order is kept.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('message', 'receipt', 'sync', 'typing', 'other')),
        recipient_account_id TEXT NOT NULL,
        message_id TEXT REFERENCES messages (id) ON DELETE CASCADE,
        payload BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT
      ) STRICT;

      CREATE TABLE receipts (
        message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        device_id INTEGER NOT NULL,
        delivered_at INTEGER,
        read_at INTEGER,
        PRIMARY KEY (message_id, account_id, device_id)
      ) STRICT;
    `);
  },
};
