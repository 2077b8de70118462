/**
 * The ordered list of schema steps and the runner that applies the missing ones.
 * The schema version is SQLite's `PRAGMA user_version`.
 */
import { DatabaseMigrationError, DatabaseVersionError } from '../errors';
import type { SqliteDatabase } from '../sqlite';
import { migration0001Init } from './0001-init';
import { migration0002Messaging } from './0002-messaging';
import { migration0003Attachments } from './0003-attachments';
import { migration0004OutboxLanes } from './0004-outbox-lanes';
import { migration0005HistoryMedia } from './0005-history-media';
import { migration0006StructuredEvents } from './0006-structured-events';
import { migration0007AttachmentFailureCodes } from './0007-attachment-failure-codes';
import { migration0008RecipientSets } from './0008-recipient-sets';
import { migration0009ConsoleOps } from './0009-console-ops';
import { migration0010ConsoleState } from './0010-console-state';
import { migration0011BusinessRecipients } from './0011-business-recipients';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const migrations: ReadonlyArray<Migration> = [
  migration0001Init,
  migration0002Messaging,
  migration0003Attachments,
  migration0004OutboxLanes,
  migration0005HistoryMedia,
  migration0006StructuredEvents,
  migration0007AttachmentFailureCodes,
  migration0008RecipientSets,
  migration0009ConsoleOps,
  migration0010ConsoleState,
  migration0011BusinessRecipients,
];

export const latestSchemaVersion = migrations.length;

export function schemaVersion(db: SqliteDatabase): number {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error('PRAGMA user_version did not return a number');
  return version;
}

/**
 * Brings the database to `target` (default: the latest version), one transaction per
 * step. Refuses a file newer than this code knows instead of guessing at its shape.
 * Returns the versions applied.
 */
export function migrate(
  db: SqliteDatabase,
  options: { readonly target?: number; readonly steps?: ReadonlyArray<Migration> } = {},
): Array<number> {
  const steps = options.steps ?? migrations;
  const target = options.target ?? steps.length;
  steps.forEach((step, index) => {
    // Versions are positions: a gap or a reordering would skip a step on some installs.
    if (step.version !== index + 1) throw new Error(`Migration ${step.name} has version ${step.version}, expected ${index + 1}`);
  });
  const current = schemaVersion(db);
  if (current > steps.length) throw new DatabaseVersionError(db.name, current, steps.length);
  const applied: Array<number> = [];
  for (const step of steps.slice(current, target)) {
    const apply = db.transaction(() => {
      step.up(db);
      // user_version takes no bound parameter; the value is an integer from our own list.
      db.pragma(`user_version = ${step.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      throw new DatabaseMigrationError(step.version, step.name, { cause: error });
    }
    applied.push(step.version);
  }
  return applied;
}
