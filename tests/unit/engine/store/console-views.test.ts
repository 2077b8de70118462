import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../../engine/store/interface';
import type { ConsoleListQuery, ConsoleStateRow } from '../../../../engine/store/types';
import { toAccountId, toDeviceId, toServerGuid } from '../../../../engine/store/types';
import { memoryStore } from '../fixtures';

const now = 1_000_000;

function customerWrites(store: Store, sentAt: number, direction: 'incoming' | 'outgoing' = 'incoming', customer = toAccountId(randomUUID())): string {
  const conversation = store.getOrCreateDirectConversation(customer);
  store.insertMessage({
    conversationId: conversation.id,
    kind: 'text',
    direction,
    senderAccountId: customer,
    senderDeviceId: toDeviceId(1),
    serverGuid: toServerGuid(randomUUID()),
    sentAt,
    receivedAt: sentAt,
    body: 'hello',
    status: direction === 'incoming' ? 'received' : 'sent',
    errorText: null,
  });
  return customer;
}

function state(customer: string, overrides: Partial<ConsoleStateRow> = {}): ConsoleStateRow {
  return { customer, status: 'open', snoozeUntil: null, untilReply: false, statusAt: 0, priority: 'none', assignee: null, labels: [], notes: 0, changedAt: 'x', ...overrides };
}

const query = (overrides: Partial<ConsoleListQuery>): ConsoleListQuery => ({
  seat: 'agent-a',
  seeAll: true,
  now,
  view: 'all',
  sort: 'activity',
  offset: 0,
  limit: 50,
  ...overrides,
});

const customersOf = (store: Store, overrides: Partial<ConsoleListQuery>): Array<string> => store.listConsoleConversations(query(overrides)).map((row) => row.customer);

describe('console views over the materialised state', () => {
  it('puts each conversation in its views, counts them, and an agent sees only its own and unassigned ones', () => {
    const store = memoryStore();
    const fresh = customerWrites(store, 100); // no console state yet: open, unassigned, unattended
    const mine = customerWrites(store, 200);
    const other = customerWrites(store, 300);
    const snoozed = customerWrites(store, 400);
    const resolved = customerWrites(store, 500);
    const answered = customerWrites(store, 600);
    customerWrites(store, 650, 'outgoing', toAccountId(answered));
    store.putConsoleState(state(mine, { assignee: 'agent-a', priority: 'high', labels: ['vip', 'billing'] }), [{ seat: 'agent-a', note: 'n1', at: 'h' }]);
    store.putConsoleState(state(other, { assignee: 'agent-b', priority: 'urgent' }), []);
    store.putConsoleState(state(snoozed, { status: 'snoozed', snoozeUntil: now + 60_000, statusAt: 450 }), []);
    store.putConsoleState(state(resolved, { status: 'resolved', statusAt: 550, assignee: 'agent-b' }), []);

    expect(customersOf(store, { view: 'all' })).toEqual([answered, other, mine, fresh]);
    expect(customersOf(store, { view: 'mine' })).toEqual([mine]);
    expect(customersOf(store, { view: 'unassigned' })).toEqual([answered, fresh]);
    expect(customersOf(store, { view: 'mentions' })).toEqual([mine]);
    expect(customersOf(store, { view: 'unattended' })).toEqual([other, mine, fresh]);
    expect(customersOf(store, { view: 'snoozed' })).toEqual([snoozed]);
    expect(customersOf(store, { view: 'resolved' })).toEqual([resolved]);
    expect(store.countConsoleViews({ seat: 'agent-a', seeAll: true, now })).toEqual({ mine: 1, unassigned: 2, all: 4, mentions: 1, unattended: 3, snoozed: 1, resolved: 1 });

    // An agent: agent-b's conversations are out of every view.
    expect(customersOf(store, { view: 'all', seeAll: false })).toEqual([answered, mine, fresh]);
    expect(customersOf(store, { view: 'resolved', seeAll: false })).toEqual([]);
    expect(store.countConsoleViews({ seat: 'agent-a', seeAll: false, now })).toEqual({ mine: 1, unassigned: 2, all: 3, mentions: 1, unattended: 2, snoozed: 1, resolved: 0 });

    const row = store.listConsoleConversations(query({ view: 'mine' }))[0];
    expect(row).toMatchObject({ status: 'open', priority: 'high', assignee: 'agent-a', labels: ['vip', 'billing'], waitingSince: 200, firstReplyAt: null, lastActivityAt: 200 });
    expect(store.listConsoleConversations(query({ view: 'all' }))[0]).toMatchObject({ customer: answered, waitingSince: null, firstReplyAt: 650 });
    expect(store.listConsoleLabels()).toEqual(['billing', 'vip']);
  });

  it('filters by status, priority, label and assignee, and sorts by activity, longest waiting or priority', () => {
    const store = memoryStore();
    const a = customerWrites(store, 300);
    const b = customerWrites(store, 100);
    const c = customerWrites(store, 200);
    customerWrites(store, 250, 'outgoing', toAccountId(c));
    customerWrites(store, 400, 'incoming', toAccountId(c));
    store.putConsoleState(state(a, { priority: 'low', labels: ['vip'], status: 'pending' }), []);
    store.putConsoleState(state(b, { priority: 'urgent', assignee: 'agent-b' }), []);
    store.putConsoleState(state(c, { priority: 'medium', labels: ['vip'] }), []);

    expect(customersOf(store, { sort: 'activity' })).toEqual([c, a, b]);
    // c waits since 400 (answered at 250), a since 300, b since 100.
    expect(customersOf(store, { sort: 'waiting' })).toEqual([b, a, c]);
    expect(customersOf(store, { sort: 'priority' })).toEqual([b, c, a]);
    expect(customersOf(store, { label: 'vip' })).toEqual([c, a]);
    expect(customersOf(store, { status: 'pending' })).toEqual([a]);
    expect(customersOf(store, { priority: 'urgent' })).toEqual([b]);
    expect(customersOf(store, { assignee: 'agent-b' })).toEqual([b]);
    expect(customersOf(store, { assignee: 'none' })).toEqual([c, a]);
    expect(customersOf(store, { limit: 1, offset: 1 })).toEqual([a]);
  });

  it('reopens a snoozed or resolved conversation when the customer writes after it, and a snooze when its time comes', () => {
    const store = memoryStore();
    const resolved = customerWrites(store, 100);
    const snoozed = customerWrites(store, 100);
    const later = customerWrites(store, 100);
    store.putConsoleState(state(resolved, { status: 'resolved', statusAt: 200 }), []);
    store.putConsoleState(state(snoozed, { status: 'snoozed', untilReply: true, statusAt: 200 }), []);
    store.putConsoleState(state(later, { status: 'snoozed', snoozeUntil: now + 1, statusAt: 200 }), []);
    expect(store.countConsoleViews({ seat: null, seeAll: true, now })).toMatchObject({ all: 0, snoozed: 2, resolved: 1 });

    customerWrites(store, 300, 'incoming', toAccountId(resolved));
    customerWrites(store, 300, 'incoming', toAccountId(snoozed));
    expect(store.countConsoleViews({ seat: null, seeAll: true, now })).toMatchObject({ all: 2, snoozed: 1, resolved: 0 });
    expect(store.countConsoleViews({ seat: null, seeAll: true, now: now + 1 })).toMatchObject({ all: 3, snoozed: 0 });
  });
});
