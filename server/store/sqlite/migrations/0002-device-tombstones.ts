/**
 * Tombstones of removed devices (issue 10, item 1): enough to recognise a removed
 * device's old credentials (its password hash, never the password), so the relay can
 * tell that device "you were removed" instead of a bare 401 that a desktop cannot tell
 * apart from a relay that lost its data. Device ids are reused, so one (account, device)
 * may have several tombstones, and a live device beside them.
 */
import type { Migration } from './types';

export const migration0002DeviceTombstones: Migration = {
  version: 2,
  name: 'device-tombstones',
  up(db) {
    db.exec(`
      CREATE TABLE device_tombstones (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        device_id INTEGER NOT NULL,
        password_hash TEXT NOT NULL,
        removed_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX device_tombstones_by_device ON device_tombstones (account_id, device_id, removed_at);
      CREATE INDEX device_tombstones_by_expiry ON device_tombstones (expires_at);
    `);
  },
};
