import type { OutboxReader, OutboxWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { OutboxItem, OutboxKind, OutboxLane, OutboxLaneHead } from '../types';
import { defaultOutboxLane, toAccountId, toMessageId, toOutboxId } from '../types';
import type { Clock } from './rows';
import { copyBytes } from './rows';

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  lane: string;
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
    lane: row.lane as OutboxLane,
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
  // One row per lane, from the (lane, id) index: the lane's first item is its smallest id.
  const selectHeads = db.prepare<[], { lane: string; id: number; attempts: number; next_attempt_at: number }>(
    `SELECT o.lane, o.id, o.attempts, o.next_attempt_at FROM outbox o
     JOIN (SELECT lane, min(id) AS id FROM outbox GROUP BY lane) h ON h.id = o.id ORDER BY o.id`,
  );
  const selectHead = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE lane = ? ORDER BY id LIMIT 1');
  const selectLane = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE lane = ? ORDER BY id');
  const selectForMessage = db.prepare<[string], { count: number }>(
    "SELECT count(*) AS count FROM outbox WHERE message_id = ? AND kind = 'message'",
  );
  const countItems = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM outbox');
  const insertItem = db.prepare<[OutboxKind, string, string, string | null, Uint8Array, number, number]>(
    `INSERT INTO outbox (kind, lane, recipient_account_id, message_id, payload, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
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
    listOutboxLaneHeads() {
      return selectHeads.all().map(
        (row): OutboxLaneHead => ({
          lane: row.lane as OutboxLane,
          id: toOutboxId(row.id),
          attempts: row.attempts,
          nextAttemptAt: row.next_attempt_at,
        }),
      );
    },
    getOutboxLaneHead(lane) {
      const row = selectHead.get(lane);
      return row === undefined ? undefined : toItem(row);
    },
    listOutboxLane(lane) {
      return selectLane.all(lane).map(toItem);
    },
    isMessageQueued(messageId) {
      return (selectForMessage.get(messageId)?.count ?? 0) > 0;
    },
    countOutbox() {
      return countItems.get()?.count ?? 0;
    },
    enqueueOutbox(item) {
      const now = clock();
      const lane = item.lane ?? defaultOutboxLane(item.kind, item.recipientAccountId);
      const result = insertItem.run(item.kind, lane, item.recipientAccountId, item.messageId, item.payload, now, now);
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
