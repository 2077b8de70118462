import type { OutboxReader, OutboxWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { AccountId, OutboxItem, OutboxKind, OutboxLane, OutboxLaneHead, OutboxRecipient } from '../types';
import { defaultOutboxLane, InvalidIdError, toAccountId, toMessageId, toOutboxId } from '../types';
import type { Clock } from './rows';
import { copyBytes } from './rows';

interface OutboxRow {
  id: number;
  /** `[[account_id, sent_at, sealed], …]` in order, from `recipientsColumn`. */
  recipients: string;
  kind: OutboxKind;
  lane: string;
  message_id: string | null;
  payload: Buffer;
  created_at: number;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
}

/** An item's recipients as one column of its row, so reading an item is one statement. */
const recipientsColumn = `(SELECT json_group_array(json_array(account_id, sent_at, sealed)) FROM
    (SELECT account_id, sent_at, sealed FROM outbox_recipients r WHERE r.outbox_id = o.id ORDER BY position)) AS recipients`;

function toRecipients(column: string): Array<OutboxRecipient> {
  return (JSON.parse(column) as Array<[string, number | null, number | null]>).map(([accountId, sentAt, sealed]) => ({
    accountId: toAccountId(accountId),
    sentAt,
    sealed: sealed === null ? null : sealed === 1,
  }));
}

function toItem(row: OutboxRow): OutboxItem {
  return {
    id: toOutboxId(row.id),
    kind: row.kind,
    lane: row.lane as OutboxLane,
    recipients: toRecipients(row.recipients),
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
    `SELECT o.*, ${recipientsColumn} FROM outbox o WHERE o.next_attempt_at <= @due_by ORDER BY o.id LIMIT @limit`,
  );
  // One row per lane, from the (lane, id) index: the lane's first item is its smallest id.
  const selectHeads = db.prepare<[], { lane: string; id: number; attempts: number; next_attempt_at: number }>(
    `SELECT o.lane, o.id, o.attempts, o.next_attempt_at FROM outbox o
     JOIN (SELECT lane, min(id) AS id FROM outbox GROUP BY lane) h ON h.id = o.id ORDER BY o.id`,
  );
  const selectHead = db.prepare<[string], OutboxRow>(`SELECT o.*, ${recipientsColumn} FROM outbox o WHERE o.lane = ? ORDER BY o.id LIMIT 1`);
  const selectLane = db.prepare<[string], OutboxRow>(`SELECT o.*, ${recipientsColumn} FROM outbox o WHERE o.lane = ? ORDER BY o.id`);
  const selectForMessage = db.prepare<[string], { count: number }>(
    "SELECT count(*) AS count FROM outbox WHERE message_id = ? AND kind = 'message'",
  );
  const countItems = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM outbox');
  const insertItem = db.prepare<[OutboxKind, string, string | null, Uint8Array, number, number]>(
    `INSERT INTO outbox (kind, lane, message_id, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertRecipient = db.prepare<[number, number, string]>(
    'INSERT INTO outbox_recipients (outbox_id, position, account_id) VALUES (?, ?, ?)',
  );
  const updateRecipientSent = db.prepare<[number, number, number, string]>(
    'UPDATE outbox_recipients SET sent_at = ?, sealed = ? WHERE outbox_id = ? AND account_id = ? AND sent_at IS NULL',
  );
  const enqueue = db.transaction((kind: OutboxKind, lane: string, recipients: ReadonlyArray<AccountId>, messageId: string | null, payload: Uint8Array) => {
    const now = clock();
    const id = Number(insertItem.run(kind, lane, messageId, payload, now, now).lastInsertRowid);
    recipients.forEach((recipient, position) => insertRecipient.run(id, position, recipient));
    return toOutboxId(id);
  });
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
    enqueueOutbox(next) {
      // An item to nobody would sit in its lane for ever; one account twice would get it twice.
      if (next.recipients.length === 0 || new Set(next.recipients).size !== next.recipients.length) {
        throw new InvalidIdError('outbox recipients', next.recipients);
      }
      const lane = next.lane ?? defaultOutboxLane(next.kind, next.recipients);
      return enqueue(next.kind, lane, next.recipients, next.messageId, next.payload);
    },
    markOutboxRecipientSent(id, accountId, sealed, sentAt) {
      updateRecipientSent.run(sentAt, sealed ? 1 : 0, id, accountId);
    },
    removeOutbox(id) {
      deleteItem.run(id);
    },
    recordOutboxFailure(id, error, nextAttemptAt) {
      recordFailure.run(error, nextAttemptAt, id);
    },
  };
}
