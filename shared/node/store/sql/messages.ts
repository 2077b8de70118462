import type { MessageReader, MessageWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { Message, MessageDirection, MessageKind, MessageStatus, NewMessage } from '../types';
import { newMessageId, toAccountId, toConversationId, toDeviceId, toMessageId, toServerGuid } from '../types';
import type { Clock } from './rows';

interface MessageRow {
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
}

function toMessage(row: MessageRow): Message {
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
  };
}

/**
 * Conversation order: the sender's clock, then the sender, so that every device of an
 * account shows two messages with the same timestamp in the same order; then arrival.
 */
const order = 'sent_at, sender_account_id, sender_device_id, received_at, id';

export const defaultMessagePageSize = 100;

export function createMessageRepository(db: SqliteDatabase, clock: Clock): MessageReader & MessageWriter {
  const selectById = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE id = ?');
  const selectByGuid = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE server_guid = ?');
  const selectBySentAt = db.prepare<{ sender: string; sent_at: number; device: number | null }, MessageRow>(
    `SELECT * FROM messages WHERE sender_account_id = @sender AND sent_at = @sent_at
       AND (@device IS NULL OR sender_device_id = @device) ORDER BY ${order} LIMIT 1`,
  );
  // The newest page, returned oldest first.
  const selectPage = db.prepare<{ conversation_id: string; before: number; limit: number }, MessageRow>(
    `SELECT * FROM (
       SELECT * FROM messages WHERE conversation_id = @conversation_id AND sent_at < @before
       ORDER BY sent_at DESC, sender_account_id DESC, sender_device_id DESC, received_at DESC, id DESC LIMIT @limit
     ) ORDER BY ${order}`,
  );
  const insertMessage = db.prepare<[MessageRow]>(
    `INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, server_guid,
       sent_at, received_at, body, status, error_text)
     VALUES (@id, @conversation_id, @kind, @direction, @sender_account_id, @sender_device_id, @server_guid,
       @sent_at, @received_at, @body, @status, @error_text)
     ON CONFLICT (server_guid) DO NOTHING`,
  );
  const touchConversation = db.prepare<[number, string]>(
    'UPDATE conversations SET last_message_at = max(coalesce(last_message_at, 0), ?) WHERE id = ?',
  );
  const updateStatus = db.prepare<[MessageStatus, string]>('UPDATE messages SET status = ? WHERE id = ?');
  const selectProcessed = db.prepare<[string], { server_guid: string }>(
    'SELECT server_guid FROM processed_envelopes WHERE server_guid = ?',
  );
  const insertProcessed = db.prepare<[string, number]>(
    'INSERT INTO processed_envelopes (server_guid, processed_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
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
    });
    if (result.changes === 0) {
      const existing = message.serverGuid === null ? undefined : selectByGuid.get(message.serverGuid);
      if (existing === undefined) throw new Error('message insert ignored without a conflicting server guid');
      return { inserted: false, reason: 'duplicate-server-guid', existingId: toMessageId(existing.id) } as const;
    }
    touchConversation.run(message.sentAt, message.conversationId);
    return { inserted: true, id } as const;
  });

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
    hasProcessedEnvelope(guid) {
      return selectProcessed.get(guid) !== undefined;
    },
    insertMessage(message) {
      return insert(message);
    },
    updateMessageStatus(id, status) {
      updateStatus.run(status, id);
    },
    markEnvelopeProcessed(guid) {
      return insertProcessed.run(guid, clock()).changes > 0;
    },
  };
}
