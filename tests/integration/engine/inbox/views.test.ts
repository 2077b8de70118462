/**
 * The console's views on real engines: customers (ordinary accounts) write to the
 * business; each desktop's views come from its materialised state (ops folded as they
 * arrive, activity kept by the message triggers), agree with the ops on every device,
 * and show an agent only its own and unassigned conversations.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { toAccountId } from '../../../../engine/store';
import { PrimaryDevice } from '../../../../phone/primary-device';
import { BusinessWorld, standingSeats } from './support';

let world: BusinessWorld | undefined;
const customers: Array<PrimaryDevice> = [];
afterEach(async () => {
  for (const phone of customers.splice(0)) await phone.close();
  await world?.cleanup();
  world = undefined;
});

describe('console views', () => {
  it('lists customer conversations by view on every desktop, as each seat may see them, and follows changes and replies', async () => {
    const w = (world = await BusinessWorld.create());
    const owner = await w.owner('Acme Support', 'acme');
    const a = await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'admin' });
    const b = await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' });
    for (const desktop of [a, b]) await expect.poll(() => standingSeats(desktop.engine).length, { timeout: 20_000 }).toBe(3);
    const seatOf = (engine: Engine): string => engine.inbox.mySeat()?.seatId ?? '';

    for (const handle of ['carol', 'dave', 'erin']) {
      const phone = await PrimaryDevice.register({ dataDir: path.join(w.dir, handle), relayUrl: w.relay.url, keyStore: w.keyStore, profileId: handle, handle });
      customers.push(phone);
      await phone.connect();
      await phone.send('acme', `Hello from ${handle}`);
    }
    const [carol, dave] = customers.map((phone) => phone.engine.account.accountId);
    for (const desktop of [a, b]) await expect.poll(() => desktop.engine.inbox.counts().unattended, { timeout: 20_000 }).toBe(3);

    // A takes carol for B (an admin may) and labels dave; A resolves erin's.
    a.engine.inbox.change(carol ?? '', { kind: 'assignee', seat: seatOf(b.engine) });
    a.engine.inbox.change(dave ?? '', { kind: 'assignee', seat: seatOf(a.engine) });
    a.engine.inbox.change(dave ?? '', { kind: 'label-add', label: 'billing' });
    a.engine.inbox.change(dave ?? '', { kind: 'note', text: 'ask @B', mentions: [seatOf(b.engine)] });
    const erin = customers[2]?.engine.account.accountId ?? '';
    a.engine.inbox.change(erin, { kind: 'status', value: { status: 'resolved', snoozeUntil: null, untilReply: false } });

    const ids = (engine: Engine, view: 'mine' | 'all' | 'resolved' | 'mentions' | 'unassigned'): Array<string> =>
      engine.inbox.list({ view, sort: 'activity', offset: 0, limit: 50 }).map((row) => row.customer);
    // B is an agent: dave is A's, so B sees carol (its own) only, though it holds dave's note.
    await expect.poll(() => b.engine.inbox.conversation(erin).status?.status, { timeout: 20_000 }).toBe('resolved');
    expect(ids(b.engine, 'mine')).toEqual([carol]);
    expect(ids(b.engine, 'all')).toEqual([carol]);
    expect(ids(b.engine, 'mentions')).toEqual([]);
    // erin's resolved conversation is unassigned, so B sees it too.
    expect(b.engine.inbox.counts()).toMatchObject({ mine: 1, all: 1, mentions: 0, resolved: 1 });
    // A is an admin: everything.
    await expect.poll(() => ids(a.engine, 'resolved'), { timeout: 20_000 }).toEqual([erin]);
    expect(ids(a.engine, 'mine')).toEqual([dave]);
    expect(new Set(ids(a.engine, 'all'))).toEqual(new Set([carol, dave]));
    expect(a.engine.inbox.list({ view: 'all', sort: 'activity', offset: 0, limit: 50, label: 'billing' }).map((row) => row.customer)).toEqual([dave]);
    expect(a.engine.inbox.labels()).toEqual(['billing']);

    // A reply from A answers carol on both desktops (B learns it from A's transcript).
    a.engine.messaging.sendText(toAccountId(carol ?? ''), 'We are on it');
    for (const desktop of [a, b]) {
      await expect
        .poll(() => desktop.engine.inbox.list({ view: 'all', sort: 'activity', offset: 0, limit: 50 }).find((row) => row.customer === carol)?.waitingSince, { timeout: 20_000 })
        .toBeNull();
    }
    // erin writes again: her resolved conversation is open again everywhere, with no op written.
    await customers[2]?.send('acme', 'One more thing');
    for (const desktop of [a]) await expect.poll(() => ids(desktop.engine, 'resolved'), { timeout: 20_000 }).toEqual([]);
    expect(a.engine.inbox.conversation(erin).status?.status).toBe('resolved');
  });
});
