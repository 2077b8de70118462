/**
 * Which SQLite failures mean "this database cannot be trusted right now". The engine
 * stops acknowledging envelopes on any of these (a message must never be acked into a
 * store that may not have kept it), and the host shows a typed error screen that keeps
 * every file. Everything else (constraint errors, bugs) is not a storage failure.
 */
import { NamedError } from '../../shared/domain/named-error';
export type StorageFailureCode =
  /** The file's pages fail their checks (SQLCipher HMAC, b-tree structure): damaged on disk. */
  | 'database-corrupt'
  /** The operating system could not read or write the file (I/O error, disk full, gone). */
  | 'database-io';

const corrupt = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);
const io = new Set(['SQLITE_IOERR', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']);

/** The storage failure an error stands for, following `cause` chains; undefined when it is none. */
export function storageFailureOf(error: unknown): StorageFailureCode | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth++) {
    const code = 'code' in current && typeof current.code === 'string' ? current.code : undefined;
    if (code === undefined) continue;
    // Extended codes name their primary one first: SQLITE_IOERR_SHORT_READ, SQLITE_CORRUPT_VTAB.
    const primary = code.split('_').slice(0, 2).join('_');
    if (corrupt.has(primary)) return 'database-corrupt';
    if (io.has(primary)) return 'database-io';
  }
  return undefined;
}

/** Refused because the database failed earlier: nothing is committed, so nothing may be acknowledged. */
export class StorageFailedError extends NamedError {
  constructor(readonly code: StorageFailureCode) {
    super(`The database failed (${code}); the engine stopped receiving and sending.`);
  }
}
