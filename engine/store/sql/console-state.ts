/**
 * The console's materialised state and its views (migration 0010): one statement lists
 * a view's page, one counts every view, both over the one table `console_conversations`
 * (console state from the ops, activity from the message triggers), so 10,000 customer
 * conversations read without folding an op or joining per row.
 */
import type { ConsoleStateReader, ConsoleStateWriter } from '../interface';
import type { SqliteDatabase } from '../sqlite';
import type { ConsoleListRow, ConsoleStateRow, ConsoleView } from '../types';
import { consoleViews, toAccountId, toConversationId } from '../types';

const priorityRank = { none: 0, low: 1, medium: 2, high: 3, urgent: 4 } as const;

/*
 * Every direct conversation of a business device is a customer's (the business's own
 * account aside). A customer message after a snooze or a resolution reopens it: derived
 * here from the same sent time on every device, so no device has to write a reopening.
 * Compared with the status write's wall time, so a customer clock far off misjudges it.
 */
const rowsCte = `
  WITH visible AS (
    SELECT conversation_id, customer,
      CASE
        WHEN status IN ('snoozed', 'resolved') AND last_incoming_at > status_at THEN 'open'
        WHEN status = 'snoozed' AND snooze_until IS NOT NULL AND snooze_until <= @now THEN 'open'
        ELSE status END AS status,
      snooze_until, priority, priority_rank, assignee, labels, notes,
      last_activity_at, waiting_since, wait_order, first_outgoing_at
    FROM console_conversations
    WHERE conversation_id IS NOT NULL AND customer <> coalesce((SELECT account_id FROM account), '')
      AND (@seeAll = 1 OR assignee IS NULL OR assignee = @seat)
  )`;

/** Which rows a view holds; `active` is open or pending (snoozed and resolved have their own views). */
const viewConditions: Readonly<Record<ConsoleView, string>> = {
  mine: `assignee = @seat AND status IN ('open', 'pending')`,
  unassigned: `assignee IS NULL AND status IN ('open', 'pending')`,
  all: `status IN ('open', 'pending')`,
  mentions: `customer IN (SELECT customer FROM console_mentions WHERE seat = @seat)`,
  unattended: `first_outgoing_at IS NULL AND status IN ('open', 'pending')`,
  snoozed: `status = 'snoozed'`,
  resolved: `status = 'resolved'`,
};

/* Orders a matching index can give: a view's page walks it and stops (ties are rare and
 * broken by the index's rowid order, the same on every read). */
const orderings = {
  activity: 'last_activity_at DESC',
  // Longest waiting first; answered conversations after, newest first.
  waiting: 'wait_order',
  priority: 'priority_rank DESC, last_activity_at DESC',
} as const;

interface ListRow {
  conversation_id: string;
  customer: string;
  status: ConsoleListRow['status'];
  snooze_until: number | null;
  priority: ConsoleListRow['priority'];
  assignee: string | null;
  labels: string;
  notes: number;
  last_activity_at: number;
  waiting_since: number | null;
  first_outgoing_at: number | null;
}

function parseLabels(json: string): ReadonlyArray<string> {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((label): label is string => typeof label === 'string') : [];
}

function toListRow(row: ListRow): ConsoleListRow {
  return {
    conversationId: toConversationId(row.conversation_id),
    customer: toAccountId(row.customer),
    status: row.status,
    snoozeUntil: row.snooze_until,
    priority: row.priority,
    assignee: row.assignee,
    labels: parseLabels(row.labels),
    notes: row.notes,
    lastActivityAt: row.last_activity_at,
    waitingSince: row.waiting_since,
    firstReplyAt: row.first_outgoing_at,
  };
}

export function createConsoleStateRepository(db: SqliteDatabase): ConsoleStateReader & ConsoleStateWriter {
  const upsert = db.prepare(`
    INSERT INTO console_conversations (customer, status, snooze_until, until_reply, status_at, priority, priority_rank, assignee, labels, notes, changed_at)
    VALUES (@customer, @status, @snoozeUntil, @untilReply, @statusAt, @priority, @priorityRank, @assignee, @labels, @notes, @changedAt)
    ON CONFLICT (customer) DO UPDATE SET status = excluded.status, snooze_until = excluded.snooze_until,
      until_reply = excluded.until_reply, status_at = excluded.status_at, priority = excluded.priority,
      priority_rank = excluded.priority_rank, assignee = excluded.assignee, labels = excluded.labels,
      notes = excluded.notes, changed_at = excluded.changed_at`);
  const clearMentions = db.prepare<[string]>('DELETE FROM console_mentions WHERE customer = ?');
  const insertMention = db.prepare<[string, string, string, string]>(
    'INSERT INTO console_mentions (seat, customer, note, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
    const lists = new Map(
    Object.entries(orderings).flatMap(([sort, order]) =>
      consoleViews.map((view) => [
        `${view}:${sort}`,
        db.prepare<Record<string, unknown>, ListRow>(`${rowsCte}
          SELECT * FROM visible WHERE (${viewConditions[view]})
            AND (@status IS NULL OR status = @status) AND (@priority IS NULL OR priority = @priority)
            AND (@assignee IS NULL OR (@assignee = 'none' AND assignee IS NULL) OR assignee = @assignee)
            AND (@label IS NULL OR EXISTS (SELECT 1 FROM json_each(labels) WHERE value = @label))
          ORDER BY ${order} LIMIT @limit OFFSET @offset`),
      ]),
    ),
  );
  // One pass in the order of an index (status, assignee), so no sort: per group, how many
  // rows, how many unanswered, and how many a customer message (or a snooze's end) reopened.
  const reopened = `((status IN ('snoozed', 'resolved') AND last_incoming_at > status_at)
    OR (status = 'snoozed' AND snooze_until IS NOT NULL AND snooze_until <= @now))`;
  const counts = db.prepare<
    Record<string, unknown>,
    { status: string; assignee: string | null; n: number; unanswered: number; reopened: number; reopened_unanswered: number }
  >(`
    SELECT status, assignee, count(*) AS n, sum(first_outgoing_at IS NULL) AS unanswered,
      sum(${reopened}) AS reopened, sum(${reopened} AND first_outgoing_at IS NULL) AS reopened_unanswered
    FROM console_conversations
    WHERE conversation_id IS NOT NULL AND customer <> coalesce((SELECT account_id FROM account), '')
      AND (@seeAll = 1 OR assignee IS NULL OR assignee = @seat)
    GROUP BY status, assignee`);
  // Mentions are few: counted from their own table, as the view would show them.
  const countMentions = db.prepare<Record<string, unknown>, { n: number }>(`
    SELECT count(*) AS n FROM (SELECT DISTINCT customer FROM console_mentions WHERE seat = @seat) m
    JOIN console_conversations c ON c.customer = m.customer
    WHERE c.conversation_id IS NOT NULL AND c.customer <> coalesce((SELECT account_id FROM account), '')
      AND (@seeAll = 1 OR c.assignee IS NULL OR c.assignee = @seat)`);
  const selectLabels = db.prepare<[], { label: string }>(
    'SELECT DISTINCT j.value AS label FROM console_conversations s, json_each(s.labels) j ORDER BY label',
  );

  const params = (reader: { readonly seat: string | null; readonly seeAll: boolean; readonly now: number }): Record<string, unknown> => ({
    seat: reader.seat,
    seeAll: reader.seeAll ? 1 : 0,
    now: reader.now,
  });

  return {
    putConsoleState(state: ConsoleStateRow, mentions) {
      upsert.run({
        customer: state.customer,
        status: state.status,
        snoozeUntil: state.snoozeUntil,
        untilReply: state.untilReply ? 1 : 0,
        statusAt: state.statusAt,
        priority: state.priority,
        priorityRank: priorityRank[state.priority],
        assignee: state.assignee,
        labels: JSON.stringify(state.labels),
        notes: state.notes,
        changedAt: state.changedAt,
      });
      clearMentions.run(state.customer);
      for (const mention of mentions) insertMention.run(mention.seat, state.customer, mention.note, mention.at);
    },
    listConsoleConversations(query) {
      const statement = lists.get(`${query.view}:${query.sort}`);
      if (statement === undefined) return [];
      return statement
        .all({
          ...params(query),
          status: query.status ?? null,
          priority: query.priority ?? null,
          assignee: query.assignee ?? null,
          label: query.label ?? null,
          limit: query.limit,
          offset: query.offset,
        })
        .map(toListRow);
    },
    countConsoleViews(reader) {
      const total: Record<ConsoleView, number> = { mine: 0, unassigned: 0, all: 0, mentions: 0, unattended: 0, snoozed: 0, resolved: 0 };
      for (const group of counts.all(params(reader))) {
        const settled = group.status === 'snoozed' || group.status === 'resolved';
        // Open or pending: the whole group; snoozed or resolved: only the reopened part.
        const active = settled ? group.reopened : group.n;
        total.all += active;
        if (group.assignee === null) total.unassigned += active;
        if (group.assignee !== null && group.assignee === reader.seat) total.mine += active;
        total.unattended += settled ? group.reopened_unanswered : group.unanswered;
        if (group.status === 'snoozed') total.snoozed += group.n - group.reopened;
        if (group.status === 'resolved') total.resolved += group.n - group.reopened;
      }
      total.mentions = countMentions.get(params(reader))?.n ?? 0;
      return total;
    },
    listConsoleLabels: () => selectLabels.all().map((row) => row.label),
  };
}
