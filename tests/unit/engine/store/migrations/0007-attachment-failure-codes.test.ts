import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../engine/store/migrations';
import { migration0007AttachmentFailureCodes } from '../../../../../engine/store/migrations/0007-attachment-failure-codes';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';
import { alice, databaseAt } from './support';

/** A version-6 database with failed attachments as earlier versions described them. */
function versionSix(rows: ReadonlyArray<readonly [id: string, error: string | null]>): SqliteDatabase {
  const db = databaseAt(6);
  db.exec(`
    INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, status)
      VALUES ('m1', 'c1', 'text', 'incoming', '${alice}', 1, 10, 10, 'received');
  `);
  const insert = db.prepare(
    `INSERT INTO attachments (id, message_id, position, direction, content_type, size, voice_note, key, state, progress, error, created_at)
     VALUES (?, 'm1', ?, 'incoming', 'image/png', 1, 0, zeroblob(64), 'failed', 0, ?, 1)`,
  );
  rows.forEach(([id, error], position) => insert.run(id, position, error));
  return db;
}

describe('migration 0007-attachment-failure-codes', () => {
  it('gives each sentence earlier versions stored its code, keeps the old words, and leaves unknown words without a code', () => {
    const db = versionSix([
      ['a1', 'The relay could not be reached, so the download stopped. Try again.'],
      ['a2', 'The file is no longer on the relay (files expire after 30 days).'],
      ['a3', 'The file is larger than the relay accepts.'],
      ['a4', 'Too many files at once: the relay asked to wait. Try the upload again in a minute.'],
      ['a5', 'The relay refused the download (HTTP 500).'],
      ['a6', 'The file was altered or damaged in transit.'],
      ['a7', 'The stored file was altered or damaged, so it was not used. Download it again.'],
      ['a8', 'The stored file was altered or damaged, so it was not used. Add the file again.'],
      ['a9', 'This attachment cannot be downloaded: its key is malformed.'],
      ['b1', 'The download failed. Try again.'],
      ['b2', 'Words a newer version wrote'],
      ['b3', null],
    ]);
    db.transaction(() => {
      migration0007AttachmentFailureCodes.up(db);
    })();
    const rows = db.prepare('SELECT id, error, error_code FROM attachments ORDER BY id').all() as Array<{ id: string; error: string | null; error_code: string | null }>;
    expect(Object.fromEntries(rows.map((row) => [row.id, row.error_code]))).toEqual({
      a1: 'relay-unreachable',
      a2: 'gone-from-relay',
      a3: 'too-large-for-relay',
      a4: 'relay-busy',
      a5: 'relay-refused',
      a6: 'altered',
      a7: 'stored-copy-damaged',
      a8: 'stored-copy-damaged-add-again',
      a9: 'invalid-pointer',
      b1: 'download-failed',
      b2: null,
      b3: null,
    });
    // Nothing dropped: the old words stay beside the code.
    expect(rows.find((row) => row.id === 'b2')?.error).toBe('Words a newer version wrote');
  });

  it('is applied once by the runner, which records version 7', () => {
    const db = versionSix([['a1', 'The file was altered or damaged in transit.']]);
    migrate(db, { target: 7 });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT error_code FROM attachments').get()).toEqual({ error_code: 'altered' });
  });
});
