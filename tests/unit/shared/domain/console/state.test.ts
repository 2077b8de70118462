import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HlcTimestamp } from '../../../../../shared/domain/hlc';
import { hlcReceive, hlcStart, hlcTick } from '../../../../../shared/domain/hlc';
import type { ConsoleChange, ConsoleOp, InboxState } from '../../../../../shared/domain/console/state';
import {
  applyOp,
  canonicalInbox,
  emptyConversation,
  emptyInbox,
  joinInboxes,
  liveTags,
  members,
  notesInOrder,
} from '../../../../../shared/domain/console/state';
import type { SettingChange } from '../../../../../shared/domain/console/settings';
import { defaultSettings, settingsConversation, settingsFrom } from '../../../../../shared/domain/console/settings';

const seats = ['seat-a', 'seat-b', 'seat-c'] as const;
const conversations = ['customer-1', 'customer-2'];
const labels = ['vip', 'billing', 'bug'];

/** One desktop of the business: its clock, its state, the ops it has seen. */
interface Replica {
  readonly seat: string;
  clock: HlcTimestamp;
  state: InboxState;
}

interface Step {
  readonly replica: number;
  readonly action: number;
  readonly a: number;
  readonly b: number;
  /** Ops made so far that this replica receives now, by index (wrapped): late, reordered, repeated. */
  readonly deliver: ReadonlyArray<number>;
  /** How far this replica's wall clock moves (0: the same millisecond, so counters matter). */
  readonly tick: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  replica: fc.nat(seats.length - 1),
  action: fc.nat(9),
  a: fc.nat(5),
  b: fc.nat(5),
  deliver: fc.array(fc.nat(), { maxLength: 3 }),
  tick: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 })),
});

/** The change a replica makes, from what it sees now (a removal observes only the additions it has). */
function changeOf(replica: Replica, step: Step, conversation: string): ConsoleChange {
  const seen = replica.state.get(conversation) ?? emptyConversation;
  const label = labels[step.b % labels.length] ?? 'vip';
  const seat = seats[step.b % seats.length] ?? 'seat-a';
  switch (step.action) {
    case 0:
      return { kind: 'status', value: { status: (['open', 'pending', 'snoozed', 'resolved'] as const)[step.b % 4] ?? 'open', snoozeUntil: null, untilReply: step.b % 2 === 0 } };
    case 1:
      return { kind: 'priority', value: (['none', 'low', 'medium', 'high', 'urgent'] as const)[step.b % 5] ?? 'none' };
    case 2:
      return { kind: 'assignee', seat: step.b === 0 ? null : seat };
    case 3:
      return { kind: 'label-add', label };
    case 4:
      return { kind: 'label-remove', label, observed: liveTags(seen.labels, label) };
    case 5:
      return { kind: 'participant-add', seat };
    case 6:
      return { kind: 'participant-remove', seat, observed: liveTags(seen.participants, seat) };
    case 7:
      return { kind: 'note', text: `note ${String(step.a)}`, mentions: [seat] };
    case 8:
      return settingChanges[step.b % settingChanges.length] ?? { kind: 'setting', key: 'signReplies', value: true };
    default:
      return { kind: 'assignee', seat, auto: step.b % 2 === 0 ? 'unassigned' : 'away' };
  }
}

/** Business settings travel as ops on their own conversation: every key, more than one value each. */
const settingChanges: ReadonlyArray<SettingChange> = [
  { kind: 'setting', key: 'assignment', value: 'round-robin' },
  { kind: 'setting', key: 'assignment', value: 'fewest-open' },
  { kind: 'setting', key: 'capacity', value: 3 },
  { kind: 'setting', key: 'presenceTimeoutSeconds', value: 10 },
  { kind: 'setting', key: 'agentsSeeAll', value: true },
  { kind: 'setting', key: 'signReplies', value: false },
];

/** Runs the script: every replica acts on what it has seen and receives others' ops late, out of order, twice. */
function run(script: ReadonlyArray<Step>): { replicas: Array<Replica>; ops: Array<ConsoleOp> } {
  const replicas: Array<Replica> = seats.map((seat) => ({ seat, clock: hlcStart(seat), state: emptyInbox }));
  const ops: Array<ConsoleOp> = [];
  let wall = 1_000;
  script.forEach((current, index) => {
    const replica = replicas[current.replica];
    if (replica === undefined) return;
    wall += current.tick;
    // Each desktop's clock is off by its own amount: skew is what the HLC is for.
    const skewed = wall + current.replica * 7;
    for (const wanted of current.deliver) {
      const op = ops[wanted % Math.max(1, ops.length)];
      if (op === undefined) continue;
      const merged = hlcReceive(replica.clock, op.at, skewed);
      if (merged.ok) replica.clock = merged.timestamp;
      replica.state = applyOp(replica.state, op);
    }
    const ticked = hlcTick(replica.clock, skewed);
    if (!ticked.ok) return;
    replica.clock = ticked.timestamp;
    const conversation = current.action === 8 ? settingsConversation : (conversations[current.a % conversations.length] ?? 'customer-1');
    const op: ConsoleOp = { id: `op-${String(index)}`, seat: replica.seat, at: replica.clock, conversation, change: changeOf(replica, current, conversation) };
    ops.push(op);
    replica.state = applyOp(replica.state, op);
  });
  return { replicas, ops };
}

function shuffled<T>(items: ReadonlyArray<T>, seed: number): Array<T> {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('the shared inbox state merge', () => {
  it('ends in one state on every replica, however ops arrive (late, reordered, twice), once gaps are repaired by snapshot', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.integer(), (script, seed) => {
        const { replicas, ops } = run(script);
        // Repair: each replica merges the others' snapshots (the digest said they differ).
        const repaired = replicas.map((replica) => replicas.reduce((state, other) => joinInboxes(state, other.state), replica.state));
        const texts = repaired.map(canonicalInbox);
        expect(new Set(texts).size).toBe(1);
        // The same as every op applied once, in any order, with duplicates.
        const everyOp = shuffled([...ops, ...ops.slice(0, 5)], seed).reduce(applyOp, emptyInbox);
        expect(canonicalInbox(everyOp)).toBe(texts[0]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('merges snapshots commutatively, associatively and idempotently', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (script) => {
        const [a, b, c] = run(script).replicas.map((replica) => replica.state);
        if (a === undefined || b === undefined || c === undefined) return;
        expect(canonicalInbox(joinInboxes(a, b))).toBe(canonicalInbox(joinInboxes(b, a)));
        expect(canonicalInbox(joinInboxes(joinInboxes(a, b), c))).toBe(canonicalInbox(joinInboxes(a, joinInboxes(b, c))));
        expect(canonicalInbox(joinInboxes(a, a))).toBe(canonicalInbox(a));
      }),
      { numRuns: 1_000 },
    );
  });

  const at = (wall: number, node: string, counter = 0): HlcTimestamp => ({ wall, counter, node });
  const op = (id: string, seat: string, time: HlcTimestamp, change: ConsoleChange): ConsoleOp => ({ id, seat, at: time, conversation: 'customer-1', change });

  it('lets the later write win a field, by HLC and then by seat id', () => {
    const state = [
      op('1', 'seat-b', at(10, 'seat-b'), { kind: 'priority', value: 'high' }),
      op('2', 'seat-a', at(10, 'seat-a', 1), { kind: 'priority', value: 'low' }),
    ].reduce(applyOp, emptyInbox);
    expect(state.get('customer-1')?.priority?.value).toBe('low');
    // The same clock reading: the seat id decides, the same way everywhere.
    const tie = [
      op('3', 'seat-b', at(20, 'x'), { kind: 'assignee', seat: 'seat-b' }),
      op('4', 'seat-a', at(20, 'x'), { kind: 'assignee', seat: 'seat-a' }),
    ];
    expect(tie.reduce(applyOp, emptyInbox).get('customer-1')?.assignee?.value).toBe('seat-b');
    expect([...tie].reverse().reduce(applyOp, emptyInbox).get('customer-1')?.assignee?.value).toBe('seat-b');
  });

  it('keeps a label added concurrently with its removal, and removes what the removal saw', () => {
    const added = op('add-1', 'seat-a', at(1, 'seat-a'), { kind: 'label-add', label: 'vip' });
    const removed = op('rm-1', 'seat-b', at(2, 'seat-b'), { kind: 'label-remove', label: 'vip', observed: ['add-1'] });
    const concurrent = op('add-2', 'seat-c', at(2, 'seat-c'), { kind: 'label-add', label: 'vip' });
    const labelsOf = (ops: ReadonlyArray<ConsoleOp>): Array<string> => members(ops.reduce(applyOp, emptyInbox).get('customer-1')?.labels ?? emptyConversation.labels);
    expect(labelsOf([added, removed])).toEqual([]);
    expect(labelsOf([added, removed, concurrent])).toEqual(['vip']);
    expect(labelsOf([concurrent, removed, added])).toEqual(['vip']);
  });

  it('merges business settings as one register per key, the later write winning, defaults where none was written', () => {
    const setting = (id: string, seat: string, time: HlcTimestamp, change: SettingChange): ConsoleOp => ({ id, seat, at: time, conversation: settingsConversation, change });
    const ops = [
      setting('s1', 'seat-a', at(10, 'seat-a'), { kind: 'setting', key: 'capacity', value: 5 }),
      setting('s2', 'seat-b', at(11, 'seat-b'), { kind: 'setting', key: 'capacity', value: 2 }),
      setting('s3', 'seat-a', at(9, 'seat-a'), { kind: 'setting', key: 'assignment', value: 'fewest-open' }),
    ];
    for (const order of [ops, [...ops].reverse()]) {
      const settings = settingsFrom(order.reduce(applyOp, emptyInbox).get(settingsConversation)?.settings ?? new Map());
      // An older write of another key does not lose to a newer write of this one.
      expect(settings).toEqual({ ...defaultSettings, capacity: 2, assignment: 'fewest-open' });
    }
    expect(settingsFrom(new Map())).toEqual(defaultSettings);
  });

  it('keeps every note once, in the order they were written', () => {
    const first = op('n1', 'seat-b', at(5, 'seat-b'), { kind: 'note', text: 'called them', mentions: [] });
    const second = op('n2', 'seat-a', at(6, 'seat-a'), { kind: 'note', text: '@seat-b please follow up', mentions: ['seat-b'] });
    const state = [second, first, second].reduce(applyOp, emptyInbox).get('customer-1');
    expect(notesInOrder(state ?? emptyConversation).map((note) => note.text)).toEqual(['called them', '@seat-b please follow up']);
  });
});
