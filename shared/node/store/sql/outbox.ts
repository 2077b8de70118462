import type { OutboxReader, OutboxWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { OutboxItem, OutboxKind } from '../types';
import { toAccountId, toMessageId, toOutboxId } from '../types';
import type { Clock } from './rows';
import { copyBytes } from './rows';

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  recipient_account_id: string;
  message_id: string | null;
  payload: Buffer;
  created_at: number;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
}

function toItem(row: OutboxRow): OutboxItem {
  return {
    id: toOutboxId(row.id),
    kind: row.kind,
    recipientAccountId: toAccountId(row.recipient_account_id),
    messageId: row.message_id === null ? null : toMessageId(row.message_id),
    payload: copyBytes(row.payload),
    createdAt: row.created_at,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
  };
}

export function createOutboxRepository(db: SqliteDatabase, clock: Clock): OutboxReader & OutboxWriter {
  const selectItems = db.prepare<{ due_by: number; limit: number }, OutboxRow>(
    'SELECT * FROM outbox WHERE next_attempt_at <= @due_by ORDER BY id LIMIT @limit',
  );
  const countItems = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM outbox');
  const insertItem = db.prepare<[OutboxKind, string, string | null, Uint8Array, number, number]>(
    `INSERT INTO outbox (kind, recipient_account_id, message_id, payload, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const deleteItem = db.prepare<[number]>('DELETE FROM outbox WHERE id = ?');
  const recordFailure = db.prepare<[string, number, number]>(
    'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?',
  );

  return {
    listOutbox(options = {}) {
      return selectItems
        .all({ due_by: options.dueBy ?? Number.MAX_SAFE_INTEGER, limit: options.limit ?? -1 })
        .map(toItem);
    },
    countOutbox() {
      return countItems.get()?.count ?? 0;
    },
    enqueueOutbox(item) {
      const now = clock();
      const result = insertItem.run(item.kind, item.recipientAccountId, item.messageId, item.payload, now, now);
      return toOutboxId(Number(result.lastInsertRowid));
    },
    removeOutbox(id) {
      deleteItem.run(id);
    },
    recordOutboxFailure(id, error, nextAttemptAt) {
      recordFailure.run(error, nextAttemptAt, id);
    },
  };
}
