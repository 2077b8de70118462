import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { materialise, rebuildIfStale } from '../../../../../engine/modules/inbox/materialise';
import type { Store } from '../../../../../engine/store/interface';
import { toAccountId, toDeviceId, toServerGuid } from '../../../../../engine/store/types';
import { canonicalJson } from '../../../../../shared/domain/console/canonical';
import type { ConsoleChange } from '../../../../../shared/domain/console/state';
import { settingsConversation } from '../../../../../shared/domain/console/settings';
import { encodeHlc } from '../../../../../shared/domain/hlc';
import { memoryStore } from '../../fixtures';
import { migrate } from '../../../../../engine/store/migrations';
import { createSqlStore } from '../../../../../engine/store/sql-store';
import { openSqlite } from '../../../../../engine/store/sqlite';

const customer = toAccountId(randomUUID());
let wall = 1_000;

function applied(store: Store, change: ConsoleChange, seat = 'seat-a'): string {
  wall += 1;
  const op = { id: randomUUID(), seat, at: { wall, counter: 0, node: seat }, conversation: customer, change };
  store.recordConsoleOp({ id: op.id, seat, at: encodeHlc(op.at), conversation: customer, op: canonicalJson(op), signature: 'sig', refusal: null, receivedAt: wall });
  return op.id;
}

const row = (store: Store): unknown => store.listConsoleConversations({ seat: 'seat-b', seeAll: true, now: 0, view: 'all', sort: 'activity', offset: 0, limit: 5 })[0];

describe('the materialised console state', () => {
  it('is the fold of a customer’s applied ops, and a start rebuilds rows an older version made', () => {
    const store = memoryStore();
    const conversation = store.getOrCreateDirectConversation(customer);
    store.insertMessage({
      conversationId: conversation.id, kind: 'text', direction: 'incoming', senderAccountId: customer, senderDeviceId: toDeviceId(1),
      serverGuid: toServerGuid(randomUUID()), sentAt: 10, receivedAt: 10, body: 'hi', status: 'received', errorText: null,
    });
    applied(store, { kind: 'priority', value: 'high' });
    applied(store, { kind: 'assignee', seat: 'seat-b' });
    const vip = applied(store, { kind: 'label-add', label: 'vip' });
    applied(store, { kind: 'label-add', label: 'billing' });
    applied(store, { kind: 'label-remove', label: 'vip', observed: [vip] });
    applied(store, { kind: 'note', text: 'see @b', mentions: ['seat-b'] });
    // Nothing folded yet: the row holds only the message's activity.
    expect(row(store)).toMatchObject({ priority: 'none', assignee: null, labels: [] });

    rebuildIfStale(store);
    const expected = { customer, priority: 'high', assignee: 'seat-b', labels: ['billing'], notes: 1, status: 'open', waitingSince: 10 };
    expect(row(store)).toMatchObject(expected);
    expect(store.countConsoleViews({ seat: 'seat-b', seeAll: true, now: 0 })).toMatchObject({ mine: 1, mentions: 1 });
    // Once current, a start does not fold again (an op kept without folding stays unfolded).
    applied(store, { kind: 'priority', value: 'low' });
    rebuildIfStale(store);
    expect(row(store)).toMatchObject(expected);
    materialise(store, [customer]);
    expect(row(store)).toMatchObject({ ...expected, priority: 'low' });
  });
});

describe('the settings conversation', () => {
  it('gets no row in console_conversations: it is no customer, and the views list customers only', () => {
    const db = openSqlite(':memory:');
    migrate(db);
    const store = createSqlStore(db);
    const op = { id: randomUUID(), seat: 'seat-a', at: { wall: 5, counter: 0, node: 'seat-a' }, conversation: settingsConversation, change: { kind: 'setting', key: 'capacity', value: 4 } as const };
    store.recordConsoleOp({ id: op.id, seat: 'seat-a', at: encodeHlc(op.at), conversation: settingsConversation, op: canonicalJson(op), signature: 'sig', refusal: null, receivedAt: 5 });
    materialise(store, [settingsConversation]);
    rebuildIfStale(store);
    expect(db.prepare('SELECT count(*) AS n FROM console_conversations').get()).toEqual({ n: 0 });
    expect(store.countConsoleViews({ seat: 'seat-a', seeAll: true, now: 0 })).toMatchObject({ all: 0, unassigned: 0 });
  });
});
