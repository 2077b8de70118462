/**
 * The business console's ops (issue 12): every signed change this device made or
 * received, applied or refused (with why), in the encrypted store. The inbox state is
 * their join (shared/domain/console/state.ts), so nothing else needs keeping; the HLC is
 * stored in its sortable text form. No CHECK on `refusal`: its codes may grow.
 *
 * And the audit trail: every device's chain of signed, hash-linked entries, as received
 * (shared/domain/console/audit.ts), one row per (seat, seq); verification reads them back
 * in order and names the first that does not fit.
 */
import type { Migration } from './migration';

export const migration0009ConsoleOps: Migration = {
  version: 9,
  name: 'console-ops',
  up(db) {
    db.exec(`
      CREATE TABLE console_ops (
        id TEXT PRIMARY KEY,
        seat TEXT NOT NULL,
        at TEXT NOT NULL,
        conversation TEXT NOT NULL,
        op TEXT NOT NULL,
        signature TEXT NOT NULL,
        refusal TEXT,
        received_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX console_ops_by_conversation ON console_ops (conversation, at);
      CREATE INDEX console_ops_refused ON console_ops (refusal) WHERE refusal IS NOT NULL;

      CREATE TABLE console_audit (
        seat TEXT NOT NULL,
        seq INTEGER NOT NULL,
        entry TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        PRIMARY KEY (seat, seq)
      ) STRICT;
    `);
  },
};
