/**
 * Business accounts (issue 12): the one thing the relay learns about a business is that
 * it is one, because a business links many more desktops (its agents) than a person.
 * No CHECK on the kind: the list may grow, and an unknown kind is read as personal.
 */
import type { Migration } from './types';

export const migration0003AccountKinds: Migration = {
  version: 3,
  name: 'account-kinds',
  up(db) {
    db.exec(`ALTER TABLE accounts ADD COLUMN kind TEXT NOT NULL DEFAULT 'personal';`);
  },
};
