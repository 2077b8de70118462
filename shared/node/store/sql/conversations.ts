import type { ConversationReader, ConversationWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { AccountId, Conversation, ConversationType } from '../types';
import { newConversationId, toAccountId, toConversationId } from '../types';
import type { Clock } from './rows';

interface ConversationRow {
  id: string;
  type: ConversationType;
  recipient_account_id: string | null;
  title: string | null;
  created_at: number;
  last_message_at: number | null;
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: toConversationId(row.id),
    type: row.type,
    recipientAccountId: row.recipient_account_id === null ? null : toAccountId(row.recipient_account_id),
    title: row.title,
    createdAt: row.created_at,
    lastMessageAt: row.last_message_at,
  };
}

export function createConversationRepository(db: SqliteDatabase, clock: Clock): ConversationReader & ConversationWriter {
  const selectById = db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?');
  const selectDirect = db.prepare<[string], ConversationRow>(
    'SELECT * FROM conversations WHERE recipient_account_id = ?',
  );
  const selectAll = db.prepare<[], ConversationRow>(
    'SELECT * FROM conversations ORDER BY coalesce(last_message_at, created_at) DESC, id',
  );
  const insertRecipient = db.prepare<[string, number, number]>(
    'INSERT INTO recipients (account_id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (account_id) DO NOTHING',
  );
  const insertDirect = db.prepare<[string, string, number]>(
    `INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES (?, 'direct', ?, ?)`,
  );

  const getOrCreateDirect = db.transaction((accountId: AccountId): Conversation => {
    const existing = selectDirect.get(accountId);
    if (existing !== undefined) return toConversation(existing);
    const now = clock();
    insertRecipient.run(accountId, now, now);
    const id = newConversationId();
    insertDirect.run(id, accountId, now);
    return { id, type: 'direct', recipientAccountId: accountId, title: null, createdAt: now, lastMessageAt: null };
  });

  return {
    getConversation(id) {
      const row = selectById.get(id);
      return row === undefined ? undefined : toConversation(row);
    },
    getDirectConversation(accountId) {
      const row = selectDirect.get(accountId);
      return row === undefined ? undefined : toConversation(row);
    },
    listConversations() {
      return selectAll.all().map(toConversation);
    },
    getOrCreateDirectConversation(accountId) {
      return getOrCreateDirect(accountId);
    },
  };
}
