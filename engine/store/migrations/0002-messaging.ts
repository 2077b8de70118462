/**
 * Messaging beyond plain text: per-conversation state the user sets (pinned, archived,
 * muted, draft), replies, edits, deletes, reactions, a per-device send log, full-text
 * search, profile avatars and the 'verified-change' event.
 *
 * `messages` is rebuilt because SQLite cannot change a CHECK constraint in place, and
 * because full-text search needs a rowid that VACUUM cannot renumber (an INTEGER
 * PRIMARY KEY). Foreign keys stay on inside a migration's transaction, so dropping the
 * old table cascades into `outbox` and `receipts`: their rows are set aside first and
 * put back after.
 */
import type { Migration } from './migration';

const messageColumns =
  'id, conversation_id, kind, direction, sender_account_id, sender_device_id, server_guid, sent_at, received_at, body, status, error_text';

export const migration0002Messaging: Migration = {
  version: 2,
  name: 'messaging',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN pinned_at INTEGER;
      ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
      ALTER TABLE conversations ADD COLUMN muted_until INTEGER;
      ALTER TABLE conversations ADD COLUMN draft TEXT;
      -- The newest message (sent time) the user has seen here, for the "new messages" marker.
      ALTER TABLE conversations ADD COLUMN last_read_at INTEGER;

      -- A contact's profile picture as they shared it (a small data: URL), E2EE in transit.
      ALTER TABLE recipients ADD COLUMN avatar TEXT;
      -- When this account's profile was last queued for this contact (it goes with the
      -- next message after a change, so new contacts learn the name too).
      ALTER TABLE recipients ADD COLUMN profile_shared_at INTEGER;

      CREATE TEMP TABLE saved_outbox AS SELECT * FROM outbox;
      CREATE TEMP TABLE saved_receipts AS SELECT * FROM receipts;
      DELETE FROM receipts;
      DELETE FROM outbox;

      CREATE TABLE messages_v2 (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'identity-change', 'undecryptable', 'verified-change')),
        direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        sender_account_id TEXT NOT NULL,
        sender_device_id INTEGER NOT NULL,
        server_guid TEXT UNIQUE,
        sent_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        body TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'delivered', 'read', 'failed', 'received')),
        error_text TEXT,
        -- A reply names its target as receipts do (author, sent time) and keeps the
        -- quoted text, so it reads even where the target is missing.
        quote_author_account_id TEXT,
        quote_sent_at INTEGER,
        quote_text TEXT,
        edited_at INTEGER,
        -- Deleted for everyone: the body is cleared, the row stays as a tombstone.
        deleted_for_everyone INTEGER NOT NULL DEFAULT 0 CHECK (deleted_for_everyone IN (0, 1))
      ) STRICT;
      INSERT INTO messages_v2 (${messageColumns}) SELECT ${messageColumns} FROM messages ORDER BY sent_at, received_at;
      DROP TABLE messages;
      ALTER TABLE messages_v2 RENAME TO messages;

      -- Keyset paging in conversation order, and the newest message per conversation.
      CREATE INDEX messages_in_order ON messages (conversation_id, sent_at, sender_account_id, sender_device_id, received_at, id);
      CREATE INDEX messages_by_author ON messages (sender_account_id, sent_at);
      -- Unread counts for thousands of conversations without scanning their messages.
      CREATE INDEX messages_unread ON messages (conversation_id, sent_at)
        WHERE direction = 'incoming' AND status = 'received' AND kind = 'text';

      INSERT INTO outbox SELECT * FROM saved_outbox;
      INSERT INTO receipts SELECT * FROM saved_receipts;
      DROP TABLE saved_outbox;
      DROP TABLE saved_receipts;

      -- One reaction per reacting account per message; a newer one replaces it.
      CREATE TABLE reactions (
        message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        reactor_account_id TEXT NOT NULL,
        emoji TEXT NOT NULL,
        sent_at INTEGER NOT NULL,
        PRIMARY KEY (message_id, reactor_account_id)
      ) STRICT;

      -- Which devices an outgoing message was encrypted for, and whether sealed sender
      -- hid the sender from the relay: the delivery detail shows it per device.
      CREATE TABLE message_sends (
        message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        device_id INTEGER NOT NULL CHECK (device_id BETWEEN 1 AND 127),
        sealed INTEGER NOT NULL CHECK (sealed IN (0, 1)),
        sent_at INTEGER NOT NULL,
        PRIMARY KEY (message_id, account_id, device_id)
      ) STRICT;

      -- An edit, delete or reaction that arrived before the message it names: applied
      -- when that message arrives (the payload is the Content, inside the encrypted DB).
      CREATE TABLE early_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        target_author_account_id TEXT NOT NULL,
        target_sent_at INTEGER NOT NULL,
        sender_account_id TEXT NOT NULL,
        sender_device_id INTEGER NOT NULL,
        payload BLOB NOT NULL,
        received_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX early_actions_by_target ON early_actions (target_author_account_id, target_sent_at);

      -- Full-text search over bodies, inside the encrypted database. External content:
      -- the text lives once, in messages; triggers keep the index in step.
      CREATE VIRTUAL TABLE messages_fts USING fts5(
        body, content = 'messages', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
      CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, body) VALUES (new.seq, new.body);
      END;
      CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, old.body);
      END;
      CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, old.body);
        INSERT INTO messages_fts (rowid, body) VALUES (new.seq, new.body);
      END;
    `);
  },
};
