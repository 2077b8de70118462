/**
 * The console's service (docs/console.md): what this device knows of its business and
 * who is on its roster. More follows as the console grows (ops, assignment, audit).
 */
import type { Role } from '../../../shared/domain/console/roster';
import type { ConsoleChange, Note, Priority, StatusValue } from '../../../shared/domain/console/state';
import { emptyConversation, liveTags, members, notesInOrder } from '../../../shared/domain/console/state';
import { encodeConsolePayload } from '../../../shared/domain/console/wire';
import type { Clock } from '../../kernel/clock';
import { appendAudit, consoleDigest, inboxState, makeOp, parseAudit } from './ops';
import { revokeSeat, rosterPayload } from './seats';
import type { AuditEntry, ChainCheck } from '../../../shared/domain/console/audit';
import { verifyChain } from '../../../shared/domain/console/audit';
import { EngineError } from '../../kernel/errors';
import type { OpsRepository } from './ops';
import { revocationOf, seatStands } from '../../../shared/domain/console/roster';
import { loadRoster } from './roster-store';
import type { SeatRepository } from './seats';
import { consoleCrypto } from './signing';
import type { ConsoleListQuery, ConsoleListRow, ConsoleReader, ConsoleView, Store } from '../../store';
import { consoleViews } from '../../store';
import { rebuildIfStale } from './materialise';
import type { BusinessSettings, SettingChange, SettingKey } from '../../../shared/domain/console/settings';
import { settingsConversation, settingValueSchemas } from '../../../shared/domain/console/settings';
import { businessSettings } from './settings';
import { conversationActivity } from './activity';
import type { ActivityEntry } from './activity';
import type { MaterialiseRepository } from './materialise';

export interface RosterEntry {
  readonly seatId: string;
  readonly deviceId: number;
  readonly name: string;
  readonly role: Role;
  /** Signed through to the business root key. */
  readonly stands: boolean;
  readonly revoked: boolean;
}

/** One customer conversation's console state, as the views read it. */
export interface ConversationConsole {
  readonly status: StatusValue | null;
  readonly priority: Priority | null;
  /** Seat id, or null: unassigned. */
  readonly assignee: string | null;
  readonly labels: ReadonlyArray<string>;
  readonly participants: ReadonlyArray<string>;
  readonly notes: ReadonlyArray<Note>;
}

export interface InboxService {
  /** The business this device belongs to, or null for a personal account. */
  business(): { readonly name: string } | null;
  roster(): Array<RosterEntry>;
  /** This device's seat once it was granted and stands; null before (or on a personal account). */
  mySeat(): RosterEntry | null;
  /**
   * Changes a customer conversation's console state as this device's seat: signed, kept,
   * and sent to the business's other devices. Throws `console-no-seat` or
   * `console-not-allowed` (automatic assignments are the assignment module's to make).
   */
  change(conversation: string, change: ConsoleChange): void;
  /** The business's settings (defaults where nobody set one). */
  settings(): BusinessSettings;
  /**
   * Sets one business setting for every device (owner and admins only: an agent's attempt
   * throws `console-not-allowed`). A value outside the setting's range throws a RangeError:
   * the caller checks it with `settingValueSchemas` first.
   */
  setSetting<K extends SettingKey>(key: K, value: BusinessSettings[K]): void;
  /** Removes a label or participant: the removal names the additions this device has seen. */
  removeLabel(conversation: string, label: string): void;
  conversation(conversation: string): ConversationConsole;
  /** Ops from other devices that the roster rules refused, with why (for admins). */
  refused(): Array<{ readonly id: string; readonly seat: string; readonly conversation: string; readonly refusal: string }>;
  /**
   * Revokes a seat (the owner's phone: any but its own; an admin: agents'); its later
   * changes are refused on every device. Throws `console-not-allowed` otherwise.
   */
  revoke(seatId: string): void;
  /** This seat opened a customer conversation: an audit entry, on every business device. */
  opened(conversation: string): void;
  /**
   * Tells the business's other devices what this one holds (a digest), so any that holds
   * something else sends it everything: how a desktop catches up after being offline
   * longer than the relay keeps messages. Does nothing on a personal account.
   */
  announce(): void;
  /** Every device's audit chain checked: the first bad entry of each, if any. */
  verifyAudit(): Array<{ readonly seat: string } & ChainCheck>;
  /**
   * One page of a console view as this seat sees it: an agent sees the conversations
   * assigned to it and unassigned ones, an admin or the owner every one. Empty without a seat.
   */
  list(query: ConsoleViewQuery): Array<ConsoleListRow>;
  /** How many conversations each view holds for this seat. */
  counts(): Record<ConsoleView, number>;
  /** Every label in use, for the filter and the label picker. */
  labels(): Array<string>;
  /** On start: the materialised state is rebuilt when it predates this version. */
  rebuild(): void;
  /** A conversation's entries in every device's audit chain, oldest first, with the changes they name. */
  activity(customer: string): Array<ActivityEntry>;
}

/** A view's page: which view, how sorted, which filters. */
export type ConsoleViewQuery = Omit<ConsoleListQuery, keyof ConsoleReader>;

export interface InboxDeps {
  readonly clock: Clock;
  readonly now: () => number;
  /** Queues a console payload for this account's other devices (inside the transaction). */
  readonly sendToOwnDevices: (payload: string) => void;
  readonly changed: () => void;
}

export type InboxRepository = SeatRepository &
  OpsRepository &
  MaterialiseRepository &
  Pick<Store, 'listConsoleConversations' | 'countConsoleViews' | 'listConsoleLabels'>;

export function createInboxService(store: InboxRepository, deps: InboxDeps): InboxService {
  const roster = (): Array<RosterEntry> => {
    const current = loadRoster(store);
    if (current === undefined) return [];
    return [...current.seats.values()]
      .map((seat) => ({
        seatId: seat.seatId,
        deviceId: seat.deviceId,
        name: seat.name,
        role: seat.role,
        stands: seatStands(current, seat.seatId, consoleCrypto),
        revoked: revocationOf(current, seat.seatId, consoleCrypto) !== undefined,
      }))
      .sort((a, b) => a.deviceId - b.deviceId);
  };
  return {
    business: () => {
      const business = store.getItem('business');
      return business === undefined ? null : { name: business.name };
    },
    roster,
    mySeat: () => {
      const own = store.getItem('consoleSeat');
      return roster().find((entry) => entry.seatId === own?.seatId && entry.stands && !entry.revoked) ?? null;
    },
    change: (conversation, next) => {
      if (next.kind === 'assignee' && next.auto !== undefined) throw new EngineError('console-not-allowed');
      change(conversation, next);
    },
    settings: () => businessSettings(store),
    setSetting: (key, value) => {
      if (!settingValueSchemas[key].safeParse(value).success) throw new RangeError(`console setting ${key} out of range`);
      change(settingsConversation, { kind: 'setting', key, value } as SettingChange);
    },
    removeLabel: (conversation, label) => {
      const current = inboxState(store, conversation).get(conversation) ?? emptyConversation;
      change(conversation, { kind: 'label-remove', label, observed: liveTags(current.labels, label) });
    },
    conversation: (conversation) => {
      const state = inboxState(store, conversation).get(conversation) ?? emptyConversation;
      return {
        status: state.status?.value ?? null,
        priority: state.priority?.value ?? null,
        assignee: state.assignee?.value ?? null,
        labels: members(state.labels),
        participants: members(state.participants),
        notes: notesInOrder(state),
      };
    },
    announce: () => {
      if (store.getItem('business') === undefined || store.getItem('consoleSeat') === undefined) return;
      store.transaction(() => {
        deps.sendToOwnDevices(encodeConsolePayload({ version: 1, digest: consoleDigest(store) }));
      });
    },
    revoke: (seatId) => {
      store.transaction(() => {
        const stamped = deps.clock.tick();
        if (!stamped.ok) throw new EngineError('console-clock');
        const roster = revokeSeat(store, seatId, stamped.timestamp);
        if (roster === undefined) throw new EngineError('console-not-allowed');
        deps.sendToOwnDevices(rosterPayload(roster));
      });
      deps.changed();
    },
    opened: (conversation) => {
      const own = store.getItem('consoleSeat');
      if (own === undefined || store.getItem('business') === undefined) throw new EngineError('console-no-seat');
      store.transaction(() => {
        const stamped = deps.clock.tick();
        if (!stamped.ok) throw new EngineError('console-clock');
        const entry = appendAudit(store, own, { at: stamped.timestamp, action: 'open', conversation, detail: '' }, deps.now());
        deps.sendToOwnDevices(encodeConsolePayload({ version: 1, audit: [entry] }));
      });
    },
    verifyAudit: () => {
      const current = loadRoster(store);
      if (current === undefined) return [];
      const chains = new Map<string, Array<AuditEntry>>();
      const unreadable = new Map<string, number>();
      for (const row of store.listAuditEntries()) {
        const entry = parseAudit(row.entry);
        if (entry?.seat !== row.seat || entry.seq !== row.seq) {
          // An entry that no longer parses, or was moved: named by where it is stored.
          if (!unreadable.has(row.seat)) unreadable.set(row.seat, row.seq);
          continue;
        }
        chains.set(row.seat, [...(chains.get(row.seat) ?? []), entry]);
      }
      const seats = new Set([...chains.keys(), ...unreadable.keys()]);
      return [...seats].sort().map((seat) => {
        const check = verifyChain(chains.get(seat) ?? [], current, consoleCrypto);
        const broken = unreadable.get(seat);
        if (broken !== undefined && (check.ok || broken < check.seq)) return { seat, ok: false as const, seq: broken, problem: 'bad-signature' as const };
        return { seat, ...check };
      });
    },
    list: (query) => {
      const reader = readerOf();
      return reader === undefined ? [] : store.listConsoleConversations({ ...query, ...reader });
    },
    counts: () => {
      const reader = readerOf();
      return reader === undefined ? Object.fromEntries(consoleViews.map((view) => [view, 0])) as Record<ConsoleView, number> : store.countConsoleViews(reader);
    },
    labels: () => store.listConsoleLabels(),
    rebuild: () => {
      rebuildIfStale(store);
    },
    activity: (customer) => conversationActivity(store, customer),
    refused: () =>
      store
        .listConsoleOps({ refused: true })
        .map((stored) => ({ id: stored.id, seat: stored.seat, conversation: stored.conversation, refusal: stored.refusal ?? '' })),
  };

  /**
   * Who reads the views: this device's standing seat; an agent sees its own and
   * unassigned conversations, unless the business lets agents see all.
   */
  function readerOf(): ConsoleReader | undefined {
    const own = store.getItem('consoleSeat');
    const seat = own === undefined ? undefined : roster().find((entry) => entry.seatId === own.seatId && entry.stands && !entry.revoked);
    if (seat === undefined) return undefined;
    return { seat: seat.seatId, seeAll: seat.role !== 'agent' || businessSettings(store).agentsSeeAll, now: deps.now() };
  }

  function change(conversation: string, next: ConsoleChange): void {
    store.transaction(() => {
      const { audit, ...signed } = makeOp(store, deps.clock, conversation, next, deps.now());
      deps.sendToOwnDevices(encodeConsolePayload({ version: 1, ops: [signed], audit: [audit] }));
    });
    deps.changed();
  }
}
