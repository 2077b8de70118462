import type { MessageReader, MessageWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type {
  EarlyAction,
  Message,
  MessageDirection,
  MessageKind,
  MessagePage,
  MessagePageAnchor,
  MessageSend,
  MessageStatus,
  NewMessage,
  Reaction,
  SearchHit,
} from '../types';
import { newMessageId, toAccountId, toConversationId, toDeviceId, toMessageErrorCode, toMessageId, toServerGuid } from '../types';
import type { Clock } from './rows';
import { copyBytes, toBoolean } from './rows';
import { NamedError } from '../../../shared/domain/named-error';

export interface MessageRow {
  id: string;
  conversation_id: string;
  kind: MessageKind;
  direction: MessageDirection;
  sender_account_id: string;
  sender_device_id: number;
  server_guid: string | null;
  sent_at: number;
  received_at: number;
  body: string | null;
  status: MessageStatus;
  error_text: string | null;
  error_code: string | null;
  quote_author_account_id: string | null;
  quote_sent_at: number | null;
  quote_text: string | null;
  edited_at: number | null;
  deleted_for_everyone: number;
}

export function toMessage(row: MessageRow): Message {
  return {
    id: toMessageId(row.id),
    conversationId: toConversationId(row.conversation_id),
    kind: row.kind,
    direction: row.direction,
    senderAccountId: toAccountId(row.sender_account_id),
    senderDeviceId: toDeviceId(row.sender_device_id),
    serverGuid: row.server_guid === null ? null : toServerGuid(row.server_guid),
    sentAt: row.sent_at,
    receivedAt: row.received_at,
    body: row.body,
    status: row.status,
    errorText: row.error_text,
    errorCode: toMessageErrorCode(row.error_code),
    quote:
      row.quote_author_account_id === null || row.quote_sent_at === null
        ? null
        : { authorAccountId: toAccountId(row.quote_author_account_id), sentAt: row.quote_sent_at, text: row.quote_text ?? '' },
    editedAt: row.edited_at,
    deletedForEveryone: toBoolean(row.deleted_for_everyone),
  };
}

/**
 * Conversation order: the sender's clock, then the sender, so that every device of an
 * account shows two messages with the same timestamp in the same order; then arrival.
 * Paging compares this whole key as a row value, so a page never skips or repeats a
 * message that shares a timestamp with its neighbour.
 */
const key = '(sent_at, sender_account_id, sender_device_id, received_at, id)';
const keyParams = '(@sent_at, @sender_account_id, @sender_device_id, @received_at, @id)';
const ascending = 'sent_at, sender_account_id, sender_device_id, received_at, id';
const descending = 'sent_at DESC, sender_account_id DESC, sender_device_id DESC, received_at DESC, id DESC';
// A message deleted for everyone has nothing left to read: it is not unread (issue 10, item 11).
const unreadWhere =
  "conversation_id = @conversation_id AND direction = 'incoming' AND status = 'received' AND kind = 'text' AND deleted_for_everyone = 0";

export const defaultMessagePageSize = 100;

interface KeyParams {
  conversation_id: string;
  sent_at: number;
  sender_account_id: string;
  sender_device_id: number;
  received_at: number;
  id: string;
  limit: number;
}

function keyOf(row: MessageRow, limit: number): KeyParams {
  return {
    conversation_id: row.conversation_id,
    sent_at: row.sent_at,
    sender_account_id: row.sender_account_id,
    sender_device_id: row.sender_device_id,
    received_at: row.received_at,
    id: row.id,
    limit,
  };
}

interface ReactionRow {
  message_id: string;
  reactor_account_id: string;
  emoji: string;
  sent_at: number;
}

interface SendRow {
  message_id: string;
  account_id: string;
  device_id: number;
  sealed: number;
  sent_at: number;
}

interface EarlyActionRow {
  id: number;
  sender_account_id: string;
  sender_device_id: number;
  payload: Buffer;
  received_at: number;
}

export function createMessageRepository(db: SqliteDatabase, clock: Clock): MessageReader & MessageWriter {
  const selectById = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE id = ?');
  const selectByGuid = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE server_guid = ?');
  const selectBySentAt = db.prepare<{ sender: string; sent_at: number; device: number | null }, MessageRow>(
    // Only messages are named this way: an event row (an undecryptable one, a safety-number
    // change) at the same time must not make the real message look like a duplicate.
    `SELECT * FROM messages WHERE sender_account_id = @sender AND sent_at = @sent_at AND kind = 'text'
       AND (@device IS NULL OR sender_device_id = @device) ORDER BY ${ascending} LIMIT 1`,
  );
  // The newest page, returned oldest first (legacy callers).
  const selectPage = db.prepare<{ conversation_id: string; before: number; limit: number }, MessageRow>(
    `SELECT * FROM (
       SELECT * FROM messages WHERE conversation_id = @conversation_id AND sent_at < @before
       ORDER BY ${descending} LIMIT @limit
     ) ORDER BY ${ascending}`,
  );
  const selectNewest = db.prepare<{ conversation_id: string; limit: number }, MessageRow>(
    `SELECT * FROM messages WHERE conversation_id = @conversation_id ORDER BY ${descending} LIMIT @limit`,
  );
  const selectOlder = db.prepare<KeyParams, MessageRow>(
    `SELECT * FROM messages WHERE conversation_id = @conversation_id AND ${key} < ${keyParams} ORDER BY ${descending} LIMIT @limit`,
  );
  const selectNewer = db.prepare<KeyParams, MessageRow>(
    `SELECT * FROM messages WHERE conversation_id = @conversation_id AND ${key} > ${keyParams} ORDER BY ${ascending} LIMIT @limit`,
  );
  const selectUnread = db.prepare<{ conversation_id: string; limit: number }, MessageRow>(
    `SELECT * FROM messages WHERE ${unreadWhere} ORDER BY sent_at LIMIT @limit`,
  );
  const countUnread = db.prepare<{ conversation_id: string }, { count: number }>(
    `SELECT count(*) AS count FROM messages WHERE ${unreadWhere}`,
  );
  const insertMessage = db.prepare<[MessageRow]>(
    `INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, server_guid,
       sent_at, received_at, body, status, error_text, error_code, quote_author_account_id, quote_sent_at, quote_text,
       edited_at, deleted_for_everyone)
     VALUES (@id, @conversation_id, @kind, @direction, @sender_account_id, @sender_device_id, @server_guid,
       @sent_at, @received_at, @body, @status, @error_text, @error_code, @quote_author_account_id, @quote_sent_at,
       @quote_text, @edited_at, @deleted_for_everyone)
     ON CONFLICT (server_guid) DO NOTHING`,
  );
  const touchConversation = db.prepare<[number, string]>(
    'UPDATE conversations SET last_message_at = max(coalesce(last_message_at, 0), ?) WHERE id = ?',
  );
  const updateStatus = db.prepare<[MessageStatus, string]>('UPDATE messages SET status = ? WHERE id = ?');
  const updateErrorCode = db.prepare<[string | null, string]>('UPDATE messages SET error_code = ? WHERE id = ?');
  const updateBody = db.prepare<[string, number, string]>('UPDATE messages SET body = ?, edited_at = ? WHERE id = ?');
  const updateDeleted = db.prepare<[string]>(
    `UPDATE messages SET body = NULL, quote_author_account_id = NULL, quote_sent_at = NULL, quote_text = NULL,
       deleted_for_everyone = 1 WHERE id = ?`,
  );
  const deleteReactionsOf = db.prepare<[string]>('DELETE FROM reactions WHERE message_id = ?');
  const deleteById = db.prepare<[string]>('DELETE FROM messages WHERE id = ?');
  const selectProcessed = db.prepare<[string], { server_guid: string }>(
    'SELECT server_guid FROM processed_envelopes WHERE server_guid = ?',
  );
  const insertProcessed = db.prepare<[string, number]>(
    'INSERT INTO processed_envelopes (server_guid, processed_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const selectReaction = db.prepare<[string, string], ReactionRow>(
    'SELECT * FROM reactions WHERE message_id = ? AND reactor_account_id = ?',
  );
  const upsertReaction = db.prepare<[string, string, string, number]>(
    `INSERT INTO reactions (message_id, reactor_account_id, emoji, sent_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (message_id, reactor_account_id) DO UPDATE SET emoji = excluded.emoji, sent_at = excluded.sent_at`,
  );
  const deleteReaction = db.prepare<[string, string]>('DELETE FROM reactions WHERE message_id = ? AND reactor_account_id = ?');
  const insertSend = db.prepare<[SendRow]>(
    `INSERT INTO message_sends (message_id, account_id, device_id, sealed, sent_at)
     VALUES (@message_id, @account_id, @device_id, @sealed, @sent_at)
     ON CONFLICT (message_id, account_id, device_id) DO UPDATE SET sealed = excluded.sealed, sent_at = excluded.sent_at`,
  );
  const selectSends = db.prepare<[string], SendRow>(
    'SELECT * FROM message_sends WHERE message_id = ? ORDER BY account_id, device_id',
  );
  const selectSearch = db.prepare<{ match: string; limit: number }, MessageRow & { snippet: string }>(
    `SELECT m.*, snippet(messages_fts, 0, char(57344), char(57345), '…', 16) AS snippet
     FROM messages_fts JOIN messages m ON m.seq = messages_fts.rowid
     WHERE messages_fts MATCH @match AND m.kind = 'text' AND m.deleted_for_everyone = 0
     ORDER BY rank LIMIT @limit`,
  );
  const insertEarly = db.prepare<[string, number, string, number, Uint8Array, number]>(
    `INSERT INTO early_actions (target_author_account_id, target_sent_at, sender_account_id, sender_device_id, payload, received_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const selectEarly = db.prepare<[string, number], EarlyActionRow>(
    'SELECT * FROM early_actions WHERE target_author_account_id = ? AND target_sent_at = ? ORDER BY id',
  );
  const deleteEarly = db.prepare<[number]>('DELETE FROM early_actions WHERE id = ?');
  const selectUnqueued = db.prepare<[], MessageRow>(
    `SELECT * FROM messages m WHERE m.direction = 'outgoing' AND m.status = 'pending'
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = m.id AND o.kind = 'message') ORDER BY m.seq`,
  );

  const insert = db.transaction((message: NewMessage) => {
    const id = message.id ?? newMessageId();
    const result = insertMessage.run({
      id,
      conversation_id: message.conversationId,
      kind: message.kind,
      direction: message.direction,
      sender_account_id: message.senderAccountId,
      sender_device_id: message.senderDeviceId,
      server_guid: message.serverGuid,
      sent_at: message.sentAt,
      received_at: message.receivedAt,
      body: message.body,
      status: message.status,
      error_text: message.errorText,
      error_code: message.errorCode ?? null,
      quote_author_account_id: message.quote?.authorAccountId ?? null,
      quote_sent_at: message.quote?.sentAt ?? null,
      quote_text: message.quote?.text ?? null,
      edited_at: message.editedAt ?? null,
      deleted_for_everyone: message.deletedForEveryone === true ? 1 : 0,
    });
    if (result.changes === 0) {
      const existing = message.serverGuid === null ? undefined : selectByGuid.get(message.serverGuid);
      if (existing === undefined) throw new Error('message insert ignored without a conflicting server guid');
      return { inserted: false, reason: 'duplicate-server-guid', existingId: toMessageId(existing.id) } as const;
    }
    touchConversation.run(message.sentAt, message.conversationId);
    return { inserted: true, id } as const;
  });

  function page(anchorRow: MessageRow | undefined, conversationId: string, anchor: MessagePageAnchor, limit: number): MessagePage {
    const probe = limit + 1;
    if (anchorRow === undefined) {
      const rows = selectNewest.all({ conversation_id: conversationId, limit: probe });
      return { messages: rows.slice(0, limit).reverse().map(toMessage), hasOlder: rows.length > limit, hasNewer: false };
    }
    switch (anchor.kind) {
      case 'before': {
        const rows = selectOlder.all(keyOf(anchorRow, probe));
        return { messages: rows.slice(0, limit).reverse().map(toMessage), hasOlder: rows.length > limit, hasNewer: true };
      }
      case 'after': {
        const rows = selectNewer.all(keyOf(anchorRow, probe));
        return { messages: rows.slice(0, limit).map(toMessage), hasOlder: true, hasNewer: rows.length > limit };
      }
      case 'around':
      case 'first-unread': {
        // The anchor and what follows fill most of the page; a few older ones give context.
        const olderCount = anchor.kind === 'around' ? Math.floor((limit - 1) / 2) : Math.min(5, Math.floor((limit - 1) / 2));
        const newerCount = limit - 1 - olderCount;
        const older = selectOlder.all(keyOf(anchorRow, olderCount + 1));
        const newer = selectNewer.all(keyOf(anchorRow, newerCount + 1));
        return {
          messages: [...older.slice(0, olderCount).reverse(), anchorRow, ...newer.slice(0, newerCount)].map(toMessage),
          hasOlder: older.length > olderCount,
          hasNewer: newer.length > newerCount,
        };
      }
      case 'latest':
        return page(undefined, conversationId, anchor, limit);
    }
  }

  return {
    getMessage(id) {
      const row = selectById.get(id);
      return row === undefined ? undefined : toMessage(row);
    },
    getMessageByServerGuid(guid) {
      const row = selectByGuid.get(guid);
      return row === undefined ? undefined : toMessage(row);
    },
    findMessageBySentAt(senderAccountId, sentAt, senderDeviceId) {
      const row = selectBySentAt.get({ sender: senderAccountId, sent_at: sentAt, device: senderDeviceId ?? null });
      return row === undefined ? undefined : toMessage(row);
    },
    listMessages(conversationId, options = {}) {
      return selectPage
        .all({
          conversation_id: conversationId,
          before: options.beforeSentAt ?? Number.MAX_SAFE_INTEGER,
          limit: options.limit ?? defaultMessagePageSize,
        })
        .map(toMessage);
    },
    pageMessages(conversationId, anchor, limit) {
      let anchorRow: MessageRow | undefined;
      switch (anchor.kind) {
        case 'latest':
          break;
        case 'first-unread':
          anchorRow = selectUnread.get({ conversation_id: conversationId, limit: 1 });
          break;
        case 'before':
        case 'after':
        case 'around': {
          anchorRow = selectById.get(anchor.messageId);
          if (anchorRow?.conversation_id !== conversationId) throw new MessageNotInConversationError();
          break;
        }
      }
      return page(anchorRow, conversationId, anchor, limit);
    },
    listUnreadMessages(conversationId, limit = -1) {
      return selectUnread.all({ conversation_id: conversationId, limit }).map(toMessage);
    },
    countUnread(conversationId) {
      return countUnread.get({ conversation_id: conversationId })?.count ?? 0;
    },
    listReactions(messageIds) {
      if (messageIds.length === 0) return [];
      const rows: Array<ReactionRow> = [];
      // Bounded IN lists: SQLite caps bound parameters per statement.
      for (let start = 0; start < messageIds.length; start += 500) {
        const chunk = messageIds.slice(start, start + 500);
        rows.push(
          ...db
            .prepare<Array<string>, ReactionRow>(
              `SELECT * FROM reactions WHERE message_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY sent_at, reactor_account_id`,
            )
            .all(...chunk),
        );
      }
      return rows.map(toReaction);
    },
    listMessageSends(messageId) {
      return selectSends.all(messageId).map(
        (row): MessageSend => ({
          messageId: toMessageId(row.message_id),
          accountId: toAccountId(row.account_id),
          deviceId: toDeviceId(row.device_id),
          sealed: toBoolean(row.sealed),
          sentAt: row.sent_at,
        }),
      );
    },
    searchMessages(match, limit) {
      return selectSearch.all({ match, limit }).map((row): SearchHit => ({ message: toMessage(row), snippet: row.snippet }));
    },
    listEarlyActions(targetAuthor, targetSentAt) {
      return selectEarly.all(targetAuthor, targetSentAt).map(
        (row): EarlyAction => ({
          id: row.id,
          senderAccountId: toAccountId(row.sender_account_id),
          senderDeviceId: toDeviceId(row.sender_device_id),
          payload: copyBytes(row.payload),
          receivedAt: row.received_at,
        }),
      );
    },
    listUnqueuedPendingMessages() {
      return selectUnqueued.all().map(toMessage);
    },
    hasProcessedEnvelope(guid) {
      return selectProcessed.get(guid) !== undefined;
    },
    insertMessage(message) {
      return insert(message);
    },
    updateMessageStatus(id, status) {
      updateStatus.run(status, id);
    },
    setMessageErrorCode(id, code) {
      updateErrorCode.run(code, id);
    },
    editMessageBody(id, body, editedAt) {
      updateBody.run(body, editedAt, id);
    },
    markDeletedForEveryone(id) {
      db.transaction(() => {
        updateDeleted.run(id);
        deleteReactionsOf.run(id);
      })();
    },
    deleteMessage(id) {
      deleteById.run(id);
    },
    setReaction(messageId, reactor, emoji, sentAt) {
      return db.transaction(() => {
        const existing = selectReaction.get(messageId, reactor);
        // Reactions from one account can arrive out of order (two devices): the newest wins.
        if (existing !== undefined && existing.sent_at > sentAt) return false;
        if (emoji === null) return deleteReaction.run(messageId, reactor).changes > 0;
        if (existing?.emoji === emoji) return false;
        upsertReaction.run(messageId, reactor, emoji, sentAt);
        return true;
      })();
    },
    recordMessageSend(send) {
      insertSend.run({
        message_id: send.messageId,
        account_id: send.accountId,
        device_id: send.deviceId,
        sealed: send.sealed ? 1 : 0,
        sent_at: send.sentAt,
      });
    },
    saveEarlyAction(targetAuthor, targetSentAt, action) {
      insertEarly.run(targetAuthor, targetSentAt, action.senderAccountId, action.senderDeviceId, action.payload, action.receivedAt);
    },
    removeEarlyAction(id) {
      deleteEarly.run(id);
    },
    markEnvelopeProcessed(guid) {
      return insertProcessed.run(guid, clock()).changes > 0;
    },
  };
}

function toReaction(row: ReactionRow): Reaction {
  return {
    messageId: toMessageId(row.message_id),
    reactorAccountId: toAccountId(row.reactor_account_id),
    emoji: row.emoji,
    sentAt: row.sent_at,
  };
}

/** A page anchor that names a message of another conversation (or none). */
export class MessageNotInConversationError extends NamedError {
  constructor() {
    super('That message is not in this conversation.');
  }
}

