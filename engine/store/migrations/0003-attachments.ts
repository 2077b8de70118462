/**
 * Attachments: one row per file of a message (or staged in the composer). The file
 * itself stays encrypted at rest in Signal's attachment format under the attachments
 * folder; its 64-byte key and digest live here, inside the encrypted database.
 */
import type { Migration } from './migration';

export const migration0003Attachments: Migration = {
  version: 3,
  name: 'attachments',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        message_id TEXT REFERENCES messages (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
        content_type TEXT NOT NULL,
        file_name TEXT,
        size INTEGER NOT NULL CHECK (size >= 0),
        width INTEGER,
        height INTEGER,
        duration_ms INTEGER,
        voice_note INTEGER NOT NULL DEFAULT 0 CHECK (voice_note IN (0, 1)),
        blob_id TEXT,
        key BLOB NOT NULL CHECK (length(key) = 64),
        digest BLOB,
        local_file TEXT,
        state TEXT NOT NULL CHECK (state IN ('staged', 'pending-upload', 'uploading', 'ready', 'pending-download', 'downloading', 'failed', 'cancelled')),
        progress REAL NOT NULL DEFAULT 0,
        error TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX attachments_by_message ON attachments (message_id, position);
    `);
  },
};
