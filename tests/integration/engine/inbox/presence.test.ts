/**
 * Presence on real engines and a real relay: each seated desktop's availability, what it
 * views and what it types reach the business's other connected devices online-only; none
 * of it is in any database (outbox included) or in the relay's files; a clean stop says
 * offline at once, and a desktop whose network is gone expires after the business's
 * presence timeout.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { BusinessWorld, NetworkCut, standingSeats } from './support';

let world: BusinessWorld | undefined;
let cut: NetworkCut | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
  await cut?.close();
  cut = undefined;
});

const seatOf = (engine: Engine): string => engine.inbox.mySeat()?.seatId ?? '';
const seen = (viewer: Engine, of: Engine) => viewer.presence.list().find((entry) => entry.seatId === seatOf(of));

describe('console presence', () => {
  it('reaches the other desktops and the phone, and is in no database nor in the relay’s files', async () => {
    const w = (world = await BusinessWorld.create());
    const owner = await w.owner('Acme Support', 'acme');
    const a = await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'admin' });
    const b = await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' });
    for (const desktop of [a, b]) await expect.poll(() => standingSeats(desktop.engine).length, { timeout: 20_000 }).toBe(3);

    // Each desktop starts online and hears the other; the phone hears both and says nothing itself.
    await expect.poll(() => a.engine.presence.onlineSeats().sort(), { timeout: 20_000 }).toEqual([seatOf(a.engine), seatOf(b.engine)].sort());
    await expect.poll(() => b.engine.presence.onlineSeats().sort(), { timeout: 20_000 }).toEqual([seatOf(a.engine), seatOf(b.engine)].sort());
    await expect.poll(() => owner.engine.presence.onlineSeats().length, { timeout: 20_000 }).toBe(2);
    expect(a.engine.presence.list().find((entry) => entry.seatId === seatOf(owner.engine))?.availability).toBe('offline');

    const changes: Array<ReadonlyArray<string>> = [];
    b.engine.on('presenceChanged', ({ seats }) => changes.push(seats));
    const canary = `presence-canary-${randomUUID()}`;
    a.engine.presence.setAvailability('busy');
    a.engine.presence.viewing(canary);
    a.engine.presence.typing(canary, 'note');
    await expect.poll(() => seen(b.engine, a.engine), { timeout: 20_000 }).toMatchObject({ availability: 'busy', viewing: canary, typing: { customer: canary, kind: 'note' } });
    expect(changes.some((seats) => seats.includes(seatOf(a.engine)))).toBe(true);
    expect(seen(b.engine, a.engine)?.lastSeenAt).toBeGreaterThan(0);
    // Busy is present but not online: no new work for A.
    expect(b.engine.presence.onlineSeats()).toEqual([seatOf(b.engine)]);
    await expect.poll(() => seen(owner.engine, a.engine)?.typing?.kind, { timeout: 20_000 }).toBe('note');
    a.engine.presence.typing(canary, null);
    await expect.poll(() => seen(b.engine, a.engine)?.typing, { timeout: 20_000 }).toBeNull();

    // Never stored: not in any device's database (the outbox included), not in the relay's files.
    for (const profile of ['acme', 'desk-a', 'desk-b']) expect(await w.databaseContains(profile, canary)).toEqual([]);
    // The scan does find what is stored (the roster names B's seat on every device).
    expect(await w.databaseContains('desk-a', seatOf(b.engine))).not.toEqual([]);
    expect(await w.relayFilesContain(canary)).toEqual([]);

    // A clean stop says offline: B knows at once, long before the 60 s timeout.
    const stoppedAt = Date.now();
    await a.engine.stop();
    await expect.poll(() => seen(b.engine, a.engine)?.availability, { timeout: 10_000 }).toBe('offline');
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  }, 120_000);

  it('forgets a desktop whose network is gone once the business’s presence timeout passes', async () => {
    const w = (world = await BusinessWorld.create());
    const proxy = (cut = await NetworkCut.start(w.relay.url));
    const owner = await w.owner('Acme Support', 'acme');
    const a = await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'agent' });
    const b = await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' }, proxy.url);
    for (const desktop of [a, b]) await expect.poll(() => standingSeats(desktop.engine).length, { timeout: 20_000 }).toBe(3);
    owner.engine.inbox.setSetting('presenceTimeoutSeconds', 4);
    for (const desktop of [a, b]) await expect.poll(() => desktop.engine.inbox.settings().presenceTimeoutSeconds, { timeout: 20_000 }).toBe(4);
    await expect.poll(() => seen(a.engine, b.engine)?.availability, { timeout: 20_000 }).toBe('online');
    // Heartbeats (a second apart at this timeout) keep B online well past the timeout.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(seen(a.engine, b.engine)?.availability).toBe('online');

    proxy.cut();
    const cutAt = Date.now();
    await expect.poll(() => seen(a.engine, b.engine)?.availability, { timeout: 20_000, interval: 100 }).toBe('offline');
    // Not before the timeout (less the heartbeat it last heard, a second before the cut at most).
    expect(Date.now() - cutAt).toBeGreaterThanOrEqual(2_500);
  }, 120_000);
});
