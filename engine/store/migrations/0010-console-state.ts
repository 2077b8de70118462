/**
 * The console's materialised state (issue 12), so its views read thousands of customer
 * conversations with one indexed query instead of folding every op on each read:
 *
 * - `console_conversations`: one row per customer (named by account id, as ops name
 *   it) with its conversation. The console columns are the join of that customer's
 *   applied ops, rewritten whenever one of them arrives (the ops stay the truth; the row
 *   can always be rebuilt from them). The activity columns (when the customer last wrote,
 *   when the business first and last answered, since when the customer has been
 *   waiting) are kept by triggers on `messages`, so every path that stores a message
 *   (received, sent here, a transcript from another desktop, a history import) keeps
 *   them true. One table, so a view sorts 10,000 rows without a join per row.
 * - `console_mentions`: which seats a note mentions, for the Mentions view.
 */
import type { Migration } from './migration';

export const migration0010ConsoleState: Migration = {
  version: 10,
  name: 'console-state',
  up(db) {
    db.exec(`
      CREATE TABLE console_conversations (
        customer TEXT PRIMARY KEY,
        conversation_id TEXT UNIQUE REFERENCES conversations (id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'snoozed', 'resolved')),
        snooze_until INTEGER,
        until_reply INTEGER NOT NULL DEFAULT 0 CHECK (until_reply IN (0, 1)),
        status_at INTEGER NOT NULL DEFAULT 0,
        priority TEXT NOT NULL DEFAULT 'none' CHECK (priority IN ('none', 'low', 'medium', 'high', 'urgent')),
        priority_rank INTEGER NOT NULL DEFAULT 0,
        assignee TEXT,
        labels TEXT NOT NULL DEFAULT '[]',
        notes INTEGER NOT NULL DEFAULT 0,
        changed_at TEXT NOT NULL DEFAULT '',
        last_activity_at INTEGER NOT NULL DEFAULT 0,
        last_incoming_at INTEGER,
        last_outgoing_at INTEGER,
        first_outgoing_at INTEGER,
        waiting_since INTEGER,
        -- "Longest waiting" as one sortable number: waiting ones by how long, answered ones after, newest first.
        wait_order INTEGER GENERATED ALWAYS AS (coalesce(waiting_since, 9007199254740991 - last_activity_at)) VIRTUAL
      ) STRICT;
      -- A view's first page walks one of these in order and stops after a page of rows.
      CREATE INDEX console_conversations_by_activity ON console_conversations (last_activity_at);
      CREATE INDEX console_conversations_by_waiting ON console_conversations (wait_order);
      CREATE INDEX console_conversations_by_priority ON console_conversations (priority_rank, last_activity_at);
      CREATE INDEX console_conversations_by_assignee ON console_conversations (assignee, last_activity_at);
      CREATE INDEX console_conversations_by_assignee_waiting ON console_conversations (assignee, wait_order);
      -- Counting every view reads only this, in (status, assignee) groups, not the rows.
      CREATE INDEX console_conversations_for_counts ON console_conversations
        (status, assignee, first_outgoing_at, last_incoming_at, status_at, snooze_until, conversation_id, customer);

      CREATE TABLE console_mentions (
        seat TEXT NOT NULL,
        customer TEXT NOT NULL,
        note TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (seat, customer, note)
      ) STRICT;

      -- A customer's message starts the wait unless one is already running or an answer
      -- came later; an answer ends any wait that began before it. Only direct
      -- conversations: the customer is the conversation's one member.
      CREATE TRIGGER console_activity_incoming AFTER INSERT ON messages
        WHEN NEW.kind = 'text' AND NEW.direction = 'incoming'
      BEGIN
        INSERT INTO console_conversations (customer, conversation_id, last_activity_at, last_incoming_at, waiting_since)
          SELECT cm.account_id, NEW.conversation_id, NEW.sent_at, NEW.sent_at, NEW.sent_at
          FROM conversations c JOIN conversation_members cm ON cm.conversation_id = c.id
          WHERE c.id = NEW.conversation_id AND c.type = 'direct'
        ON CONFLICT (customer) DO UPDATE SET
          conversation_id = excluded.conversation_id,
          last_activity_at = max(last_activity_at, excluded.last_activity_at),
          last_incoming_at = max(coalesce(last_incoming_at, excluded.last_incoming_at), excluded.last_incoming_at),
          waiting_since = CASE
            WHEN last_outgoing_at IS NOT NULL AND last_outgoing_at >= excluded.last_incoming_at THEN waiting_since
            WHEN waiting_since IS NULL THEN excluded.last_incoming_at
            ELSE min(waiting_since, excluded.last_incoming_at) END;
      END;
      CREATE TRIGGER console_activity_outgoing AFTER INSERT ON messages
        WHEN NEW.kind = 'text' AND NEW.direction = 'outgoing'
      BEGIN
        INSERT INTO console_conversations (customer, conversation_id, last_activity_at, last_outgoing_at, first_outgoing_at)
          SELECT cm.account_id, NEW.conversation_id, NEW.sent_at, NEW.sent_at, NEW.sent_at
          FROM conversations c JOIN conversation_members cm ON cm.conversation_id = c.id
          WHERE c.id = NEW.conversation_id AND c.type = 'direct'
        ON CONFLICT (customer) DO UPDATE SET
          conversation_id = excluded.conversation_id,
          last_activity_at = max(last_activity_at, excluded.last_activity_at),
          last_outgoing_at = max(coalesce(last_outgoing_at, excluded.last_outgoing_at), excluded.last_outgoing_at),
          first_outgoing_at = min(coalesce(first_outgoing_at, excluded.first_outgoing_at), excluded.first_outgoing_at),
          waiting_since = CASE WHEN waiting_since IS NOT NULL AND waiting_since <= excluded.last_outgoing_at THEN NULL ELSE waiting_since END;
      END;

      -- What is already stored, as the triggers would have kept it.
      INSERT INTO console_conversations (customer, conversation_id, last_activity_at, last_incoming_at, last_outgoing_at, first_outgoing_at)
        SELECT cm.account_id, c.id, max(m.sent_at),
          max(CASE WHEN m.direction = 'incoming' THEN m.sent_at END),
          max(CASE WHEN m.direction = 'outgoing' THEN m.sent_at END),
          min(CASE WHEN m.direction = 'outgoing' THEN m.sent_at END)
        FROM conversations c
        JOIN conversation_members cm ON cm.conversation_id = c.id
        JOIN messages m ON m.conversation_id = c.id AND m.kind = 'text'
        WHERE c.type = 'direct'
        GROUP BY c.id;
      UPDATE console_conversations SET waiting_since = (
        SELECT min(m.sent_at) FROM messages m
        WHERE m.conversation_id = console_conversations.conversation_id AND m.kind = 'text' AND m.direction = 'incoming'
          AND m.sent_at > coalesce(console_conversations.last_outgoing_at, -1));
    `);
  },
};
