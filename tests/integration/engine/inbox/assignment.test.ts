/**
 * Automatic assignment on real engines and a real relay: a business phone, three agent
 * desktops and twenty customers. New conversations go round-robin to the online agents,
 * each by exactly one op; an agent whose network is gone times out and its open
 * conversations go to the others; a customer's reply to a resolved conversation goes back
 * to its assignee while that agent is online, to someone else when not; only the owner
 * and admins change settings. One world for the file: each test builds on the one before.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { storeOf } from '../../../../engine/testing';
import type { PrimaryDevice } from '../../../../phone/primary-device';
import { settingsConversation } from '../../../../shared/domain/console/settings';
import type { ConsoleChange } from '../../../../shared/domain/console/state';
import { consoleOpSchema, parseJsonWith } from '../../../../shared/domain/console/wire';
import { BusinessWorld, NetworkCut, sendSignedOp, standingSeats } from './support';

let world: BusinessWorld | undefined;
let cut: NetworkCut | undefined;
let owner: PrimaryDevice;
let a: Engine;
let b: Engine;
let c: Engine;
const customers: Array<PrimaryDevice> = [];

const seatOf = (engine: Engine): string => engine.inbox.mySeat()?.seatId ?? '';
const idOf = (phone: PrimaryDevice): string => phone.engine.account.accountId;
const desks = (): Array<Engine> => [a, b, c];
const assigneeOn = (engine: Engine, phone: PrimaryDevice): string | null => engine.inbox.conversation(idOf(phone)).assignee;

/** Every assignment op a device holds for one conversation (applied or refused), oldest first. */
function assignmentOps(engine: Engine, phone: PrimaryDevice): Array<Extract<ConsoleChange, { kind: 'assignee' }>> {
  const store = storeOf(engine);
  const customer = idOf(phone);
  return [...store.listConsoleOps({ conversation: customer }), ...store.listConsoleOps({ refused: true }).filter((op) => op.conversation === customer)]
    .sort((x, y) => (x.at < y.at ? -1 : 1))
    .flatMap((stored) => {
      const change = parseJsonWith(consoleOpSchema, stored.op)?.change;
      return change?.kind === 'assignee' ? [change] : [];
    });
}

const resolved: ConsoleChange = { kind: 'status', value: { status: 'resolved', snoozeUntil: null, untilReply: false } };
const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** For the shared setup, where expect.poll is not available. */
const until = (condition: () => boolean, what: string): Promise<void> =>
  vi.waitFor(
    () => {
      if (!condition()) throw new Error(`still waiting for ${what}`);
    },
    { timeout: 30_000, interval: 100 },
  );

beforeAll(async () => {
  const w = (world = await BusinessWorld.create({ unlimited: true }));
  // C reaches the relay through a cable the test can pull.
  const proxy = (cut = await NetworkCut.start(w.relay.url));
  owner = await w.owner('Acme Support', 'acme');
  a = (await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'agent' })).engine;
  b = (await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' })).engine;
  c = (await w.desktop(owner, 'desk-c', { name: 'Agent C', role: 'agent' }, proxy.url)).engine;
  for (const desk of desks()) await until(() => standingSeats(desk).length === 4, 'every seat');
  // Registered before the business assigns, so twenty key generations do not stall the desktops' heartbeats later.
  for (let i = 1; i <= 20; i++) customers.push(await w.customer(`customer-${String(i)}`));
  owner.engine.inbox.setSetting('presenceTimeoutSeconds', 5);
  owner.engine.inbox.setSetting('agentsSeeAll', true);
  owner.engine.inbox.setSetting('assignment', 'round-robin');
  for (const desk of desks()) {
    await until(() => {
      const settings = desk.inbox.settings();
      return settings.assignment === 'round-robin' && settings.presenceTimeoutSeconds === 5 && settings.agentsSeeAll;
    }, 'the settings');
  }
  const all = desks().map(seatOf).sort().join();
  for (const desk of desks()) await until(() => desk.presence.onlineSeats().sort().join() === all, 'every desktop online');
}, 300_000);

afterAll(async () => {
  await world?.cleanup();
  world = undefined;
  await cut?.close();
  cut = undefined;
}, 60_000);

describe('automatic assignment', () => {
  it('refuses an agent’s change of a setting, on its own desktop and at every receiver', async () => {
    expect(() => {
      a.inbox.setSetting('capacity', 1);
    }).toThrow(expect.objectContaining({ code: 'console-not-allowed' }));
    // Signed with the agent's real key and sent past its own desktop's check.
    const key = storeOf(a).getItem('consoleSeat');
    if (key === undefined) throw new Error('no key');
    const id = `agent-setting-${randomUUID()}`;
    sendSignedOp(a, { id, seat: key.seatId, at: { wall: Date.now(), counter: 0, node: 'agent' }, conversation: settingsConversation, change: { kind: 'setting', key: 'capacity', value: 1 } }, key.privateKey);
    await a.flushOutbox();
    for (const engine of [b, c, owner.engine]) {
      await expect.poll(() => engine.inbox.refused().find((entry) => entry.id === id)?.refusal, { timeout: 30_000 }).toBe('not-allowed');
      expect(engine.inbox.settings().capacity).toBe(0);
    }
  });

  it('assigns each new conversation exactly once, round-robin, evenly over the three online agents', async () => {
    for (const phone of customers) await phone.send('acme', `Hello from ${phone.engine.account.handle ?? ''}`);
    const seats = new Set(desks().map(seatOf));
    for (const desk of desks()) {
      await expect
        .poll(() => customers.every((phone) => seats.has(assigneeOn(desk, phone) ?? '')), { timeout: 60_000 })
        .toBe(true);
    }
    // Longer than a settle delay and a few heartbeats: no desktop writes a second assignment.
    await settle(5_000);
    for (const desk of [...desks(), owner.engine]) {
      for (const phone of customers) expect(assignmentOps(desk, phone)).toEqual([{ kind: 'assignee', seat: assigneeOn(a, phone), auto: 'unassigned' }]);
      expect(desk.inbox.list({ view: 'all', sort: 'activity', offset: 0, limit: 50 })).toHaveLength(20);
      expect(desk.inbox.counts()).toMatchObject({ unassigned: 0, all: 20 });
    }
    const spread = new Map<string, number>();
    for (const phone of customers) spread.set(assigneeOn(a, phone) ?? '', (spread.get(assigneeOn(a, phone) ?? '') ?? 0) + 1);
    expect([...spread.values()].sort()).toEqual([6, 7, 7]);
  }, 120_000);

  it('gives an agent’s open conversations to the online agents once its presence times out, and keeps its resolved ones', async () => {
    const ofC = customers.filter((phone) => assigneeOn(a, phone) === seatOf(c));
    const notC = customers.filter((phone) => assigneeOn(a, phone) !== seatOf(c));
    const [keptByC, ...openOfC] = ofC;
    const [reopensOnline] = notC;
    if (keptByC === undefined || reopensOnline === undefined) throw new Error('round-robin gave C nothing');
    for (const phone of [keptByC, reopensOnline]) owner.engine.inbox.change(idOf(phone), resolved);
    for (const desk of desks()) await expect.poll(() => desk.inbox.counts().resolved, { timeout: 30_000 }).toBe(2);

    cut?.cut();
    const online = new Set([seatOf(a), seatOf(b)]);
    for (const desk of [a, b]) {
      await expect.poll(() => desk.presence.list().find((entry) => entry.seatId === seatOf(c))?.availability, { timeout: 30_000 }).toBe('offline');
      await expect.poll(() => openOfC.every((phone) => online.has(assigneeOn(desk, phone) ?? '')), { timeout: 30_000 }).toBe(true);
    }
    await settle(3_000);
    for (const desk of [a, b]) {
      for (const phone of openOfC) {
        expect(assignmentOps(desk, phone)).toEqual([
          { kind: 'assignee', seat: seatOf(c), auto: 'unassigned' },
          { kind: 'assignee', seat: assigneeOn(desk, phone), auto: 'away' },
        ]);
      }
      // The resolved one stays C's: it is done.
      expect(assigneeOn(desk, keptByC)).toBe(seatOf(c));
      expect(assignmentOps(desk, keptByC)).toHaveLength(1);
      // Everyone else's conversations were not touched.
      for (const phone of notC) expect(assignmentOps(desk, phone)).toHaveLength(1);
    }
    // Split between the two who are left, in turn.
    const toA = openOfC.filter((phone) => assigneeOn(a, phone) === seatOf(a)).length;
    expect(Math.abs(toA - (openOfC.length - toA))).toBeLessThanOrEqual(1);
  }, 120_000);

  it('sends a customer’s reply to a resolved conversation to its assignee when online, and to an online agent when not', async () => {
    const resolvedOnes = customers.filter((phone) => a.inbox.conversation(idOf(phone)).status?.status === 'resolved');
    const keptByC = resolvedOnes.find((phone) => assigneeOn(a, phone) === seatOf(c));
    const reopensOnline = resolvedOnes.find((phone) => assigneeOn(a, phone) !== seatOf(c));
    if (keptByC === undefined || reopensOnline === undefined) throw new Error('the resolved conversations are missing');
    const before = assigneeOn(a, reopensOnline);
    await reopensOnline.send('acme', 'One more question');
    await keptByC.send('acme', 'It broke again');
    const online = new Set([seatOf(a), seatOf(b)]);
    for (const desk of [a, b]) {
      // Reopened by the replies alone: both are open again.
      await expect.poll(() => desk.inbox.counts().resolved, { timeout: 30_000 }).toBe(0);
      await expect.poll(() => online.has(assigneeOn(desk, keptByC) ?? ''), { timeout: 30_000 }).toBe(true);
    }
    await settle(3_000);
    for (const desk of [a, b]) {
      expect(assigneeOn(desk, reopensOnline)).toBe(before);
      expect(assignmentOps(desk, reopensOnline)).toHaveLength(1);
      expect(assignmentOps(desk, keptByC).map((change) => change.auto)).toEqual(['unassigned', 'away']);
    }
  }, 120_000);
});
