/**
 * Two attachment states for history a newly linked device imports (docs/linking.md):
 * `awaiting-phone` (the primary is re-encrypting the file for this device; its blob id
 * arrives in the media manifest) and `not-on-device` (older than 45 days, or the primary
 * no longer has it: only name, type and size are known).
 *
 * `attachments` is rebuilt because SQLite cannot change a CHECK constraint in place;
 * no table refers to it, and the columns stay as they were, in the same order.
 */
import type { Migration } from './migration';

export const migration0005HistoryMedia: Migration = {
  version: 5,
  name: 'history-media',
  up(db) {
    db.exec(`
      CREATE TABLE attachments_v5 (
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
        state TEXT NOT NULL CHECK (state IN ('staged', 'pending-upload', 'uploading', 'ready', 'pending-download', 'downloading', 'failed', 'cancelled', 'awaiting-phone', 'not-on-device')),
        progress REAL NOT NULL DEFAULT 0,
        error TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO attachments_v5 SELECT * FROM attachments;
      DROP TABLE attachments;
      ALTER TABLE attachments_v5 RENAME TO attachments;
      CREATE INDEX attachments_by_message ON attachments (message_id, position);
    `);
  },
};
