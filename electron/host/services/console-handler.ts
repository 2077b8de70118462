/**
 * The `console` IPC service: a business desktop's views and changes. Conversation ids
 * cross IPC; the engine names a customer conversation by the customer's account id, so
 * this handler translates. Every change is signed by the engine with this device's seat.
 */
import type { ConsoleActivity, ConsoleChangeInput, ConsoleInfo, ConsoleSeat, consoleService } from '../../../shared/ipc/console';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import { refused } from '../../../shared/ipc/errors';
import type { Engine } from '../../../engine/engine';
import type { Disposer } from '../../../engine/kernel/emitter';
import type { RosterEntry } from '../../../engine/modules/inbox/service';
import type { ActivityEntry } from '../../../engine/modules/inbox/activity';
import type { ConsoleChange } from '../../../shared/domain/console/state';
import { directPeer } from '../../../engine/store';
import type { AccountId, ConversationId } from '../../../engine/store';
import { conversationOf, linkedEngine, summarizeOverviews, titleOf, userErrors } from './chats-handler';
import { AccountIdSchema } from '../../../shared/domain/ids';
import { defaultSettings } from '../../../shared/domain/console/settings';
import { refusals } from '../../../shared/domain/console/roster';
import type { Refusal } from '../../../shared/domain/console/roster';
import type { DesktopSession } from './desktop-session';

/** Bursts (a snapshot of hundreds of ops, a backlog of messages) become one change event. */
const coalesceMs = 100;

function toSeat(entry: RosterEntry): ConsoleSeat {
  return { seatId: entry.seatId, name: entry.name, role: entry.role, deviceId: entry.deviceId, active: entry.stands && !entry.revoked };
}

/** The customer a conversation is with: console state is kept per customer. */
function customerOf(engine: Engine, id: ConversationId): AccountId {
  const conversation = conversationOf(engine, id);
  const peer = directPeer(conversation);
  if (peer === null) throw refused('group-not-supported');
  return peer;
}

function toChange(change: ConsoleChangeInput): ConsoleChange | undefined {
  switch (change.kind) {
    case 'status':
      return { kind: 'status', value: { status: change.status, snoozeUntil: change.status === 'snoozed' ? change.snoozeUntil : null, untilReply: change.status === 'snoozed' && change.untilReply } };
    case 'priority':
      return { kind: 'priority', value: change.priority };
    case 'assignee':
      return { kind: 'assignee', seat: change.seat };
    case 'label-add':
      return { kind: 'label-add', label: change.label };
    case 'note':
      return { kind: 'note', text: change.text, mentions: [...new Set(change.mentions)] };
    case 'label-remove':
      return undefined;
  }
}

/** What an activity entry shows: for a change, which field and its new value as a code or seat id. */
function toActivity(item: ActivityEntry): ConsoleActivity {
  const { entry, change } = item;
  const described = ((): ConsoleActivity['change'] => {
    if (change === null) return null;
    switch (change.kind) {
      case 'status':
        return { kind: 'status', value: change.value.status };
      case 'priority':
        return { kind: 'priority', value: change.value };
      case 'assignee':
        return { kind: 'assignee', value: change.seat };
      case 'label-add':
      case 'label-remove':
        return { kind: change.kind, value: change.label };
      case 'participant-add':
      case 'participant-remove':
        return { kind: change.kind, value: change.seat };
      case 'note':
        // The note's text is in the thread; the timeline says only that one was written.
        return { kind: 'note', value: null };
      case 'setting':
        return { kind: 'setting', value: change.key };
    }
  })();
  return { seat: entry.seat, seq: entry.seq, at: entry.at.wall, action: entry.action, change: described };
}

export function createConsoleHandler(session: DesktopSession, emit: ServiceEmitter<typeof consoleService>): ServiceHandler<typeof consoleService> {
  let timer: NodeJS.Timeout | undefined;
  const changed = (): void => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      emit.onDidChange({});
    }, coalesceMs);
    timer.unref();
  };
  let presenceTimer: NodeJS.Timeout | undefined;
  const presenceChanged = (): void => {
    if (presenceTimer !== undefined) return;
    presenceTimer = setTimeout(() => {
      presenceTimer = undefined;
      emit.onDidChangePresence({});
    }, coalesceMs);
    presenceTimer.unref();
  };
  let disposers: Array<Disposer> = [];
  const attach = (engine: Engine | undefined): void => {
    for (const dispose of disposers) dispose();
    disposers = [];
    changed();
    if (engine === undefined) return;
    // A customer message moves rows too (activity, waiting, a reopening): every source of change.
    disposers = [
      engine.on('consoleChanged', changed),
      engine.on('conversationsChanged', changed),
      engine.on('messagesChanged', changed),
      engine.on('received', changed),
      engine.on('presenceChanged', presenceChanged),
      engine.on('consoleNotice', ({ notices }) => {
        for (const notice of notices) {
          const customer = AccountIdSchema.safeParse(notice.customer);
          const conversation = customer.success ? engine.conversations.direct(customer.data) : undefined;
          if (conversation === undefined || !customer.success) continue;
          emit.onDidNotify({ kind: notice.kind, conversationId: conversation.id, title: titleOf(engine, customer.data), by: notice.by });
        }
      }),
      engine.on('received', (event) => {
        if (event.kind !== 'message' || engine.inbox.mySeat() === null) return;
        const message = engine.messaging.get(event.messageId);
        if (message?.direction !== 'incoming' || message.kind !== 'text') return;
        const conversation = engine.conversations.get(message.conversationId);
        const customer = conversation === undefined ? null : directPeer(conversation);
        // A customer's first message, with nobody on it yet: a new conversation for the pool.
        if (conversation === undefined || customer === null || engine.messaging.list(conversation.id, 2).length !== 1) return;
        if (engine.inbox.conversation(customer).assignee !== null) return;
        emit.onDidNotify({ kind: 'unassigned', conversationId: conversation.id, title: titleOf(engine, customer), by: null });
      }),
    ];
  };
  session.on('engine', attach);
  if (session.engine !== undefined) attach(session.engine);

  const info = (engine: Engine | undefined): ConsoleInfo => {
    const business = engine?.inbox.business() ?? null;
    if (engine === undefined || business === null) return { business: null, mySeat: null, roster: [], seesAll: false };
    const mine = engine.inbox.mySeat();
    return { business, mySeat: mine === null ? null : toSeat(mine), roster: engine.inbox.roster().map(toSeat), seesAll: mine !== null && (mine.role !== 'agent' || engine.inbox.settings().agentsSeeAll) };
  };

  return {
    info: () => info(session.engine),
    list: (query) =>
      userErrors(() => {
        const engine = session.engine;
        if (engine === undefined) return { rows: [], counts: { mine: 0, unassigned: 0, all: 0, mentions: 0, unattended: 0, snoozed: 0, resolved: 0 }, labels: [] };
        const rows = engine.inbox.list({
          view: query.view,
          sort: query.sort,
          ...(query.status === null ? {} : { status: query.status }),
          ...(query.priority === null ? {} : { priority: query.priority }),
          ...(query.label === null ? {} : { label: query.label }),
          ...(query.assignee === null ? {} : { assignee: query.assignee }),
          offset: query.offset,
          limit: query.limit,
        });
        const summaries = new Map(summarizeOverviews(engine, engine.conversations.overviews(rows.map((row) => row.conversationId))).map((summary) => [summary.id, summary]));
        return {
          rows: rows.flatMap((row) => {
            const summary = summaries.get(row.conversationId);
            if (summary === undefined) return [];
            return [
              {
                summary,
                status: row.status,
                snoozeUntil: row.snoozeUntil,
                priority: row.priority,
                assignee: row.assignee,
                labels: [...row.labels],
                notes: row.notes,
                waitingSince: row.waitingSince,
                firstReplyAt: row.firstReplyAt,
              },
            ];
          }),
          counts: engine.inbox.counts(),
          labels: engine.inbox.labels(),
        };
      }),
    conversation: (id) =>
      userErrors(() => {
        const engine = session.engine;
        if (engine === undefined) throw refused('not-linked');
        const customer = customerOf(engine, id);
        const state = engine.inbox.conversation(customer);
        return {
          conversationId: id,
          status: state.status?.status ?? 'open',
          snoozeUntil: state.status?.snoozeUntil ?? null,
          untilReply: state.status?.untilReply ?? false,
          priority: state.priority ?? 'none',
          assignee: state.assignee,
          labels: [...state.labels],
          notes: state.notes.map((note) => ({ id: note.id, authorSeat: note.seat, at: note.at.wall, text: note.text, mentions: [...note.mentions] })),
          activity: engine.inbox.activity(customer).map(toActivity),
        };
      }),
    change: (id, change) =>
      userErrors(() => {
        const engine = session.engine;
        if (engine === undefined) throw refused('not-linked');
        const customer = customerOf(engine, id);
        const next = toChange(change);
        if (next === undefined) {
          if (change.kind === 'label-remove') engine.inbox.removeLabel(customer, change.label);
        } else {
          engine.inbox.change(customer, next);
        }
        return null;
      }),
    opened: (id) =>
      userErrors(() => {
        const engine = session.engine;
        if (engine === undefined) throw refused('not-linked');
        engine.inbox.opened(customerOf(engine, id));
        return null;
      }),
    presence: () => {
      const engine = session.engine;
      if (engine?.inbox.business() == null) return [];
      const conversationOfCustomer = (customer: string): ConversationId | null => {
        const parsed = AccountIdSchema.safeParse(customer);
        return parsed.success ? (engine.conversations.direct(parsed.data)?.id ?? null) : null;
      };
      return engine.presence.list().map((seat) => {
        const typingIn = seat.typing === null ? null : conversationOfCustomer(seat.typing.customer);
        return {
          seatId: seat.seatId,
          availability: seat.availability,
          viewing: seat.viewing === null ? null : conversationOfCustomer(seat.viewing),
          typing: seat.typing === null || typingIn === null ? null : { conversationId: typingIn, kind: seat.typing.kind },
        };
      });
    },
    refused: () => {
      const engine = session.engine;
      const mine = engine?.inbox.mySeat();
      if (engine === undefined || mine == null || mine.role === 'agent') return [];
      const known: ReadonlySet<string> = new Set(refusals);
      return engine.inbox.refused().map((item) => {
        const customer = AccountIdSchema.safeParse(item.conversation);
        return {
          id: item.id,
          seatId: item.seat,
          conversationId: customer.success ? (engine.conversations.direct(customer.data)?.id ?? null) : null,
          title: customer.success && engine.conversations.direct(customer.data) !== undefined ? titleOf(engine, customer.data) : null,
          refusal: known.has(item.refusal) ? (item.refusal as Refusal) : ('other' as const),
        };
      });
    },
    setAvailability: (availability) =>
      userErrors(() => {
        linkedEngine(session).presence.setAvailability(availability);
        return null;
      }),
    viewing: (id) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.presence.viewing(id === null ? null : customerOf(engine, id));
        return null;
      }),
    typing: (id, kind) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.presence.typing(customerOf(engine, id), kind);
        return null;
      }),
    settings: () => {
      const engine = session.engine;
      return engine === undefined ? { ...defaultSettings } : { ...engine.inbox.settings() };
    },
    setSetting: (change) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.inbox.setSetting(change.key, change.value);
        return { ...engine.inbox.settings() };
      }),
  };
}
