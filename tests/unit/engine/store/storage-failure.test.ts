import { describe, expect, it } from 'vitest';
import { storageFailureOf } from '../../../../engine/store/storage-failure';

function sqliteError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('storageFailureOf', () => {
  it('names damaged files, including extended codes and a wrong key', () => {
    expect(storageFailureOf(sqliteError('SQLITE_CORRUPT'))).toBe('database-corrupt');
    expect(storageFailureOf(sqliteError('SQLITE_CORRUPT_INDEX'))).toBe('database-corrupt');
    expect(storageFailureOf(sqliteError('SQLITE_NOTADB'))).toBe('database-corrupt');
  });

  it('names I/O failures', () => {
    expect(storageFailureOf(sqliteError('SQLITE_IOERR_SHORT_READ'))).toBe('database-io');
    expect(storageFailureOf(sqliteError('SQLITE_FULL'))).toBe('database-io');
  });

  it('follows causes, and leaves other errors alone', () => {
    expect(storageFailureOf(new Error('wrapped', { cause: sqliteError('SQLITE_CORRUPT') }))).toBe('database-corrupt');
    expect(storageFailureOf(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toBeUndefined();
    expect(storageFailureOf(new Error('plain'))).toBeUndefined();
    expect(storageFailureOf('not an error')).toBeUndefined();
  });
});
