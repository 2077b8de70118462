import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, resolveNativeBinding } from '../../../../engine/store/database';
import { DatabaseFileError, DatabaseKeyError } from '../../../../engine/store/errors';

describe('resolveNativeBinding', () => {
  it('uses node_modules unless PARLEY_NATIVE_DIR names an Electron build', () => {
    expect(resolveNativeBinding({})).toBeUndefined();
    expect(resolveNativeBinding({ PARLEY_NATIVE_DIR: '' })).toBeUndefined();
    expect(resolveNativeBinding({ PARLEY_NATIVE_DIR: '/opt/parley/native' })).toBe(
      path.join('/opt/parley/native', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'),
    );
  });
});

describe('openDatabase', () => {
  it('refuses a key that is not 32 bytes before touching any file', () => {
    expect(() => openDatabase({ path: '/nonexistent/parley.db', key: new Uint8Array(16), mustExist: true })).toThrow(
      DatabaseKeyError,
    );
  });

  it('reports a native binding that does not load as a file error, not a crash', () => {
    expect(() =>
      openDatabase({
        path: ':memory:',
        key: new Uint8Array(32),
        mustExist: false,
        nativeBinding: '/nonexistent/better_sqlite3.node',
      }),
    ).toThrow(DatabaseFileError);
  });
});
