/**
 * The shared inbox's state as a join-semilattice (DESIGN.md "Agent console"): every
 * console change is an op stamped with a hybrid logical clock, and a replica's state is
 * the join of the ops it has. Fields are last-writer-wins registers (ordered by HLC, then
 * seat id), labels and participants add-wins sets, notes an append-only set, business
 * settings one register per key (on their reserved conversation, settings.ts). The join is
 * commutative, associative and idempotent, so replicas that saw the same ops, in any
 * order, with duplicates, hold the same state, and a snapshot from a peer merges like
 * one more op. Pure: no clock, no I/O; signatures and the roster are checked before an
 * op gets here (roster.ts).
 */
import type { HlcTimestamp } from '../hlc';
import { compareHlc } from '../hlc';
import { canonicalJson } from './canonical';
import type { SettingChange, SettingValue } from './settings';

export const conversationStatuses = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];
export const priorities = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export interface StatusValue {
  readonly status: ConversationStatus;
  /** Snoozed: until this time (ms), or null with `untilReply`. */
  readonly snoozeUntil: number | null;
  /** Snoozed until the customer writes again. */
  readonly untilReply: boolean;
}

/**
 * Why a desktop assigned a conversation by the business's rule rather than by hand: it
 * had nobody, or its assignee was away (offline past the presence timeout).
 */
export const autoAssignReasons = ['unassigned', 'away'] as const;
export type AutoAssignReason = (typeof autoAssignReasons)[number];

/** What one op changes in one customer conversation (or, `setting`, in the business's settings). */
export type ConsoleChange =
  | { readonly kind: 'status'; readonly value: StatusValue }
  | { readonly kind: 'priority'; readonly value: Priority }
  /** `auto`: made by the automatic assignment (engine/modules/assignment), not by a person. */
  | { readonly kind: 'assignee'; readonly seat: string | null; readonly auto?: AutoAssignReason }
  | { readonly kind: 'label-add'; readonly label: string }
  /** Removes the additions of `label` the author had seen (their op ids): a concurrent addition survives. */
  | { readonly kind: 'label-remove'; readonly label: string; readonly observed: ReadonlyArray<string> }
  | { readonly kind: 'participant-add'; readonly seat: string }
  | { readonly kind: 'participant-remove'; readonly seat: string; readonly observed: ReadonlyArray<string> }
  | { readonly kind: 'note'; readonly text: string; readonly mentions: ReadonlyArray<string> }
  | SettingChange;

export interface ConsoleOp {
  /** Unique per op (the author makes it); also the tag of an add and the id of a note. */
  readonly id: string;
  /** The acting seat. */
  readonly seat: string;
  readonly at: HlcTimestamp;
  /** The customer conversation, named by the customer's account id. */
  readonly conversation: string;
  readonly change: ConsoleChange;
}

/** A last-writer-wins register: the value of the latest write, by HLC then seat. */
export interface Register<T> {
  readonly value: T;
  readonly at: HlcTimestamp;
  readonly seat: string;
}

/** An add-wins set: an element is in while one of its additions was not observed by a removal. */
export interface AddWinsSet {
  /** element → the ids of the ops that added it. */
  readonly added: ReadonlyMap<string, ReadonlySet<string>>;
  /** The addition ids some removal observed. */
  readonly removed: ReadonlySet<string>;
}

export interface Note {
  readonly id: string;
  readonly seat: string;
  readonly at: HlcTimestamp;
  readonly text: string;
  readonly mentions: ReadonlyArray<string>;
}

export interface ConversationState {
  readonly status: Register<StatusValue> | null;
  readonly priority: Register<Priority> | null;
  readonly assignee: Register<string | null> | null;
  readonly labels: AddWinsSet;
  readonly participants: AddWinsSet;
  readonly notes: ReadonlyMap<string, Note>;
  /** Business settings by key: only the settings conversation has any. */
  readonly settings: ReadonlyMap<string, Register<SettingValue>>;
}

/** The whole inbox: conversations by customer account id. */
export type InboxState = ReadonlyMap<string, ConversationState>;

const emptySet: AddWinsSet = { added: new Map(), removed: new Set() };

export const emptyConversation: ConversationState = {
  status: null,
  priority: null,
  assignee: null,
  labels: emptySet,
  participants: emptySet,
  notes: new Map(),
  settings: new Map(),
};

export const emptyInbox: InboxState = new Map();

/** Total order of writes: HLC, then seat id (two seats never share an HLC node, but a replay might). */
export function compareWrites(a: { readonly at: HlcTimestamp; readonly seat: string }, b: { readonly at: HlcTimestamp; readonly seat: string }): number {
  const byClock = compareHlc(a.at, b.at);
  if (byClock !== 0) return byClock;
  return a.seat < b.seat ? -1 : a.seat > b.seat ? 1 : 0;
}

function joinRegister<T>(a: Register<T> | null, b: Register<T> | null): Register<T> | null {
  if (a === null) return b;
  if (b === null) return a;
  const order = compareWrites(a, b);
  if (order !== 0) return order > 0 ? a : b;
  // The same write twice (a duplicate delivery); equal by construction.
  return a;
}

function joinSets(a: AddWinsSet, b: AddWinsSet): AddWinsSet {
  if (a === b || (b.added.size === 0 && b.removed.size === 0)) return a;
  if (a.added.size === 0 && a.removed.size === 0) return b;
  const added = new Map<string, ReadonlySet<string>>(a.added);
  for (const [element, tags] of b.added) {
    const mine = added.get(element);
    added.set(element, mine === undefined ? tags : new Set([...mine, ...tags]));
  }
  return { added, removed: new Set([...a.removed, ...b.removed]) };
}

function joinNotes(a: ReadonlyMap<string, Note>, b: ReadonlyMap<string, Note>): ReadonlyMap<string, Note> {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const notes = new Map(a);
  for (const [id, note] of b) if (!notes.has(id)) notes.set(id, note);
  return notes;
}

function joinSettings(
  a: ReadonlyMap<string, Register<SettingValue>>,
  b: ReadonlyMap<string, Register<SettingValue>>,
): ReadonlyMap<string, Register<SettingValue>> {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const settings = new Map(a);
  for (const [key, register] of b) settings.set(key, joinRegister(settings.get(key) ?? null, register) ?? register);
  return settings;
}

export function joinConversations(a: ConversationState, b: ConversationState): ConversationState {
  return {
    status: joinRegister(a.status, b.status),
    priority: joinRegister(a.priority, b.priority),
    assignee: joinRegister(a.assignee, b.assignee),
    labels: joinSets(a.labels, b.labels),
    participants: joinSets(a.participants, b.participants),
    notes: joinNotes(a.notes, b.notes),
    settings: joinSettings(a.settings, b.settings),
  };
}

/** The join of two replicas' states (a snapshot from a peer merges this way). */
export function joinInboxes(a: InboxState, b: InboxState): InboxState {
  const joined = new Map(a);
  for (const [conversation, state] of b) {
    const mine = joined.get(conversation);
    joined.set(conversation, mine === undefined ? state : joinConversations(mine, state));
  }
  return joined;
}

/** The state one op alone describes. */
export function stateOfOp(op: ConsoleOp): ConversationState {
  const write = { at: op.at, seat: op.seat };
  const change = op.change;
  switch (change.kind) {
    case 'status':
      return { ...emptyConversation, status: { ...write, value: change.value } };
    case 'priority':
      return { ...emptyConversation, priority: { ...write, value: change.value } };
    case 'assignee':
      return { ...emptyConversation, assignee: { ...write, value: change.seat } };
    case 'label-add':
      return { ...emptyConversation, labels: { added: new Map([[change.label, new Set([op.id])]]), removed: new Set() } };
    case 'label-remove':
      return { ...emptyConversation, labels: { added: new Map(), removed: new Set(change.observed) } };
    case 'participant-add':
      return { ...emptyConversation, participants: { added: new Map([[change.seat, new Set([op.id])]]), removed: new Set() } };
    case 'participant-remove':
      return { ...emptyConversation, participants: { added: new Map(), removed: new Set(change.observed) } };
    case 'note':
      return { ...emptyConversation, notes: new Map([[op.id, { id: op.id, seat: op.seat, at: op.at, text: change.text, mentions: change.mentions }]]) };
    case 'setting':
      return { ...emptyConversation, settings: new Map([[change.key, { ...write, value: change.value }]]) };
  }
}

/** `state` with `op` merged in; applying an op twice, or ops in another order, gives the same state. */
export function applyOp(state: InboxState, op: ConsoleOp): InboxState {
  const joined = new Map(state);
  joined.set(op.conversation, joinConversations(state.get(op.conversation) ?? emptyConversation, stateOfOp(op)));
  return joined;
}

/** The elements of an add-wins set, sorted. */
export function members(set: AddWinsSet): Array<string> {
  const present: Array<string> = [];
  for (const [element, tags] of set.added) {
    for (const tag of tags) {
      if (!set.removed.has(tag)) {
        present.push(element);
        break;
      }
    }
  }
  return present.sort();
}

/** The ids of the additions of `element` still in effect: what a removal of it observes. */
export function liveTags(set: AddWinsSet, element: string): Array<string> {
  return [...(set.added.get(element) ?? [])].filter((tag) => !set.removed.has(tag)).sort();
}

/** Notes in the order they were written (HLC, then seat, then id). */
export function notesInOrder(state: ConversationState): Array<Note> {
  return [...state.notes.values()].sort((a, b) => compareWrites(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * One canonical text of a state: equal states give equal text, whatever order they were
 * built in. Replicas compare digests of it to find out they differ (the engine hashes it).
 */
export function canonicalInbox(state: InboxState): string {
  const hlc = (at: HlcTimestamp): string => `${String(at.wall)}.${String(at.counter)}.${at.node}`;
  const register = <T>(value: Register<T> | null): unknown => (value === null ? null : [hlc(value.at), value.seat, value.value]);
  const set = (value: AddWinsSet): unknown => [
    [...value.added].map(([element, tags]) => [element, [...tags].sort()]).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    [...value.removed].sort(),
  ];
  const conversations = [...state].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return canonicalJson(
    conversations.map(([id, conversation]) => [
      id,
      register(conversation.status),
      register(conversation.priority),
      register(conversation.assignee),
      set(conversation.labels),
      set(conversation.participants),
      notesInOrder(conversation).map((note) => [note.id, note.seat, hlc(note.at), note.text, [...note.mentions]]),
      [...conversation.settings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => [key, register(value)]),
    ]),
  );
}
