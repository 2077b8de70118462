/**
 * Which contacts are businesses (issue 12: the customer's side says what is true). The
 * relay reports an account's kind with its key bundles; a business's chat is marked and
 * says how many devices its messages are encrypted to, and when that number last changed
 * (`previous_device_count` → the current count, at `devices_changed_at`).
 */
import type { Migration } from './migration';

export const migration0011BusinessRecipients: Migration = {
  version: 11,
  name: 'business-recipients',
  up(db) {
    db.exec(`
      ALTER TABLE recipients ADD COLUMN kind TEXT NOT NULL DEFAULT 'personal' CHECK (kind IN ('personal', 'business'));
      ALTER TABLE recipients ADD COLUMN previous_device_count INTEGER;
      ALTER TABLE recipients ADD COLUMN devices_changed_at INTEGER;
    `);
  },
};
