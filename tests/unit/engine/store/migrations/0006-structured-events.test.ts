import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../engine/store/migrations';
import { migration0006StructuredEvents } from '../../../../../engine/store/migrations/0006-structured-events';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';
import { alice, databaseAt } from './support';
const identityText = 'This contact’s safety number changed. Verify it before you keep messaging.';

function row(id: string, kind: string, errorText: string | null, errorCode: string | null = null): string {
  const text = errorText === null ? 'NULL' : `'${errorText.replace(/'/g, "''")}'`;
  const code = errorCode === null ? 'NULL' : `'${errorCode}'`;
  return `('${id}', 'c1', '${kind}', 'outgoing', '${alice}', 2, 40, 40, 'sent', ${text}, ${code})`;
}

/** A version-5 database with event rows as earlier versions wrote them. */
function versionFive(): SqliteDatabase {
  const db = databaseAt(5);
  db.exec(`
    INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, status, error_text, error_code) VALUES
      ${row('v1', 'verified-change', 'You marked Alice’s safety number as verified.')},
      ${row('v2', 'verified-change', 'You cleared the verification of Alice’s safety number.')},
      ${row('v3', 'verified-change', 'Something a newer phone wrote')},
      ${row('i1', 'identity-change', identityText)},
      ${row('i2', 'identity-change', 'Other words')},
      ${row('u1', 'undecryptable', null, 'decryption-failed')},
      ${row('t1', 'text', 'You marked Alice’s safety number as verified.')};
  `);
  return db;
}

describe('migration 0006-structured-events', () => {
  it('turns the known event sentences into codes and keeps every other text as it was', () => {
    const db = versionFive();
    db.transaction(() => {
      migration0006StructuredEvents.up(db);
    })();
    expect(db.prepare('SELECT id, kind, error_text, error_code FROM messages ORDER BY id').all()).toEqual([
      { id: 'i1', kind: 'identity-change', error_text: null, error_code: null },
      { id: 'i2', kind: 'identity-change', error_text: 'Other words', error_code: null },
      { id: 't1', kind: 'text', error_text: 'You marked Alice’s safety number as verified.', error_code: null },
      { id: 'u1', kind: 'undecryptable', error_text: null, error_code: 'decryption-failed' },
      { id: 'v1', kind: 'verified-change', error_text: null, error_code: 'verified' },
      { id: 'v2', kind: 'verified-change', error_text: null, error_code: 'verification-cleared' },
      { id: 'v3', kind: 'verified-change', error_text: 'Something a newer phone wrote', error_code: null },
    ]);
  });

  it('is applied once by the runner, which records version 6', () => {
    const db = versionFive();
    migrate(db, { target: 6 });
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare("SELECT error_code FROM messages WHERE id = 'v1'").get()).toEqual({ error_code: 'verified' });
  });
});
