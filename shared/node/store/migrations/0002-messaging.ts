/**
 * Messaging beyond plain text: per-conversation state the user sets (pinned, archived,
 * muted, draft). Extended by the messaging work (reactions, edits, deletes, quotes,
 * search) before any release ships it.
 */
import type { Migration } from './migration';

export const migration0002Messaging: Migration = {
  version: 2,
  name: 'messaging',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN pinned_at INTEGER;
      ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
      ALTER TABLE conversations ADD COLUMN muted_until INTEGER;
      ALTER TABLE conversations ADD COLUMN draft TEXT;
    `);
  },
};
