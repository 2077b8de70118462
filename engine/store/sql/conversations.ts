import type { ConversationReader, ConversationWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { AccountId, Conversation, ConversationId, ConversationOverview, ConversationType, VerifiedState } from '../types';
import { directPeer, newConversationId, toAccountId, toConversationId } from '../types';
import type { MessageRow } from './messages';
import { toMessage } from './messages';
import type { Clock } from './rows';
import { toBoolean } from './rows';

interface ConversationRow {
  id: string;
  type: ConversationType;
  recipient_account_id: string | null;
  /** The members' account ids, comma-separated (account ids are UUIDs), from `membersColumn`. */
  members: string | null;
  title: string | null;
  created_at: number;
  last_message_at: number | null;
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: toConversationId(row.id),
    type: row.type,
    members: row.members === null || row.members === '' ? [] : row.members.split(',').map(toAccountId),
    title: row.title,
    createdAt: row.created_at,
    lastMessageAt: row.last_message_at,
  };
}

/** A conversation's members, as one column of its row (one seek in the primary key, in order). */
const membersColumn = `(SELECT group_concat(cm.account_id, ',') FROM
    (SELECT account_id FROM conversation_members WHERE conversation_id = c.id ORDER BY account_id) cm) AS members`;
const conversationSelect = `SELECT c.*, ${membersColumn} FROM conversations c`;

/** One list row: conversation, recipient, identity state, newest message (prefixed `m_`) and unread count. */
interface OverviewRow extends ConversationRow {
  pinned_at: number | null;
  archived: number;
  muted_until: number | null;
  draft: string | null;
  last_read_at: number | null;
  unread: number;
  r_handle: string | null;
  r_display_name: string | null;
  r_avatar: string | null;
  r_created_at: number | null;
  r_updated_at: number | null;
  r_kind: 'personal' | 'business' | null;
  r_previous_device_count: number | null;
  r_devices_changed_at: number | null;
  verified: VerifiedState | null;
  change_pending: number | null;
  m_id: string | null;
  m_kind: MessageRow['kind'] | null;
  m_direction: MessageRow['direction'] | null;
  m_sender_account_id: string | null;
  m_sender_device_id: number | null;
  m_server_guid: string | null;
  m_sent_at: number | null;
  m_received_at: number | null;
  m_body: string | null;
  m_status: MessageRow['status'] | null;
  m_error_text: string | null;
  m_error_code: string | null;
  m_quote_author_account_id: string | null;
  m_quote_sent_at: number | null;
  m_quote_text: string | null;
  m_edited_at: number | null;
  m_deleted_for_everyone: number | null;
}

/*
 * Every correlated subquery is one index seek: the newest message through
 * messages_in_order, the unread count through the partial index messages_unread.
 */
const overviewSelect = `
  SELECT c.*, ${membersColumn},
    (SELECT count(*) FROM messages u WHERE u.conversation_id = c.id AND u.direction = 'incoming'
       AND u.status = 'received' AND u.kind = 'text' AND u.deleted_for_everyone = 0) AS unread,
    r.handle AS r_handle, r.display_name AS r_display_name, r.avatar AS r_avatar,
    r.created_at AS r_created_at, r.updated_at AS r_updated_at,
    r.kind AS r_kind, r.previous_device_count AS r_previous_device_count, r.devices_changed_at AS r_devices_changed_at,
    ik.verified AS verified, ik.change_pending AS change_pending,
    m.id AS m_id, m.kind AS m_kind, m.direction AS m_direction, m.sender_account_id AS m_sender_account_id,
    m.sender_device_id AS m_sender_device_id, m.server_guid AS m_server_guid, m.sent_at AS m_sent_at,
    m.received_at AS m_received_at, m.body AS m_body, m.status AS m_status, m.error_text AS m_error_text,
    m.error_code AS m_error_code,
    m.quote_author_account_id AS m_quote_author_account_id, m.quote_sent_at AS m_quote_sent_at,
    m.quote_text AS m_quote_text, m.edited_at AS m_edited_at, m.deleted_for_everyone AS m_deleted_for_everyone
  FROM conversations c
  LEFT JOIN recipients r ON r.account_id = c.recipient_account_id
  LEFT JOIN identity_keys ik ON ik.address_name = c.recipient_account_id
  LEFT JOIN messages m ON m.seq = (
    SELECT seq FROM messages n WHERE n.conversation_id = c.id
    ORDER BY n.sent_at DESC, n.sender_account_id DESC, n.sender_device_id DESC, n.received_at DESC, n.id DESC LIMIT 1
  )`;
const overviewOrder = 'ORDER BY (c.pinned_at IS NULL), c.pinned_at, coalesce(m.sent_at, c.last_message_at, c.created_at) DESC, c.id';

function toOverview(row: OverviewRow): ConversationOverview {
  const conversation = toConversation(row);
  const recipientId = directPeer(conversation);
  return {
    conversation,
    recipient:
      recipientId === null || row.r_created_at === null
        ? null
        : {
            accountId: recipientId,
            handle: row.r_handle,
            // Never needed by a list row; kept out so the key does not travel further than it must.
            profileKey: null,
            displayName: row.r_display_name,
            avatar: row.r_avatar,
            profileSharedAt: null,
            kind: row.r_kind ?? 'personal',
            previousDeviceCount: row.r_previous_device_count,
            devicesChangedAt: row.r_devices_changed_at,
            createdAt: row.r_created_at,
            updatedAt: row.r_updated_at ?? row.r_created_at,
          },
    pinnedAt: row.pinned_at,
    archived: toBoolean(row.archived),
    mutedUntil: row.muted_until,
    draft: row.draft,
    lastReadAt: row.last_read_at,
    lastMessage:
      row.m_id === null
        ? null
        : toMessage({
            id: row.m_id,
            conversation_id: row.id,
            kind: row.m_kind ?? 'text',
            direction: row.m_direction ?? 'incoming',
            sender_account_id: row.m_sender_account_id ?? '',
            sender_device_id: row.m_sender_device_id ?? 1,
            server_guid: row.m_server_guid,
            sent_at: row.m_sent_at ?? 0,
            received_at: row.m_received_at ?? 0,
            body: row.m_body,
            status: row.m_status ?? 'received',
            error_text: row.m_error_text,
            error_code: row.m_error_code,
            quote_author_account_id: row.m_quote_author_account_id,
            quote_sent_at: row.m_quote_sent_at,
            quote_text: row.m_quote_text,
            edited_at: row.m_edited_at,
            deleted_for_everyone: row.m_deleted_for_everyone ?? 0,
          }),
    unread: row.unread,
    verified: row.verified ?? 'default',
    identityChangePending: row.change_pending === 1,
  };
}

export function createConversationRepository(db: SqliteDatabase, clock: Clock): ConversationReader & ConversationWriter {
  const selectById = db.prepare<[string], ConversationRow>(`${conversationSelect} WHERE c.id = ?`);
  // The column is the key that keeps one direct conversation per account.
  const selectDirect = db.prepare<[string], ConversationRow>(`${conversationSelect} WHERE c.recipient_account_id = ?`);
  const selectAll = db.prepare<[], ConversationRow>(
    `${conversationSelect} ORDER BY coalesce(c.last_message_at, c.created_at) DESC, c.id`,
  );
  const selectOverviews = db.prepare<[], OverviewRow>(`${overviewSelect} ${overviewOrder}`);
  const selectOverview = db.prepare<[string], OverviewRow>(`${overviewSelect} WHERE c.id = ?`);
  const insertRecipient = db.prepare<[string, number, number]>(
    'INSERT INTO recipients (account_id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (account_id) DO NOTHING',
  );
  const insertDirect = db.prepare<[string, string, number]>(
    `INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES (?, 'direct', ?, ?)`,
  );
  const insertMember = db.prepare<[string, string, number]>(
    'INSERT INTO conversation_members (conversation_id, account_id, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const updatePinned = db.prepare<[number | null, string]>('UPDATE conversations SET pinned_at = ? WHERE id = ?');
  const updateArchived = db.prepare<[number, string]>('UPDATE conversations SET archived = ? WHERE id = ?');
  const updateMuted = db.prepare<[number | null, string]>('UPDATE conversations SET muted_until = ? WHERE id = ?');
  const updateDraft = db.prepare<[string | null, string]>('UPDATE conversations SET draft = ? WHERE id = ?');
  const updateLastRead = db.prepare<[number, string]>(
    'UPDATE conversations SET last_read_at = max(coalesce(last_read_at, 0), ?) WHERE id = ?',
  );

  const getOrCreateDirect = db.transaction((accountId: AccountId): Conversation => {
    const existing = selectDirect.get(accountId);
    if (existing !== undefined) return toConversation(existing);
    const now = clock();
    insertRecipient.run(accountId, now, now);
    const id = newConversationId();
    insertDirect.run(id, accountId, now);
    insertMember.run(id, accountId, now);
    return { id, type: 'direct', members: [accountId], title: null, createdAt: now, lastMessageAt: null };
  });

  const updateState = db.transaction((id: ConversationId, update: Parameters<ConversationWriter['updateConversationState']>[1]) => {
    const existing = selectById.get(id) as (ConversationRow & { pinned_at: number | null }) | undefined;
    if (existing === undefined) return false;
    // Pinning keeps the first pin time, so re-pinning does not reorder the pinned group.
    if (update.pinned !== undefined) updatePinned.run(update.pinned ? (existing.pinned_at ?? clock()) : null, id);
    if (update.archived !== undefined) updateArchived.run(update.archived ? 1 : 0, id);
    if (update.mutedUntil !== undefined) updateMuted.run(update.mutedUntil, id);
    if (update.draft !== undefined) updateDraft.run(update.draft === null || update.draft === '' ? null : update.draft, id);
    return true;
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
    listConversationOverviews(ids) {
      if (ids === undefined) return selectOverviews.all().map(toOverview);
      return ids.flatMap((id) => {
        const row = selectOverview.get(id);
        return row === undefined ? [] : [toOverview(row)];
      });
    },
    getOrCreateDirectConversation(accountId) {
      return getOrCreateDirect(accountId);
    },
    updateConversationState(id, update) {
      return updateState(id, update);
    },
    setConversationLastRead(id, sentAt) {
      updateLastRead.run(sentAt, id);
    },
  };
}
