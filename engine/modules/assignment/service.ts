/**
 * Automatic assignment (docs/console.md "Automatic assignment"): when the business
 * assigns round-robin or fewest-open, one desktop at a time, the assigner, gives each
 * open conversation that has nobody (new, let go, or whose assignee is away) to an online
 * agent below the cap. The assigner is the lowest seat id present in this desktop's
 * presence view; it acts a settle delay after something changed, only while connected and
 * only once it has listened long enough to have heard every desktop that is there. Its
 * assignments are console ops like any (`assignee` with `auto`), so a race between two
 * assigners ends in one last-writer-wins value on every device, and neither assigns that
 * conversation again: its assignee is then present.
 */
import { chooseAssignee, electAssigner, needsAssignee } from '../../../shared/domain/console/assignment';
import type { Candidate } from '../../../shared/domain/console/assignment';
import { heartbeatMs } from '../../../shared/domain/console/presence';
import type { AutoAssignReason } from '../../../shared/domain/console/state';
import { consoleOpSchema, encodeConsolePayload, parseJsonWith } from '../../../shared/domain/console/wire';
import type { Clock } from '../../kernel/clock';
import type { EngineLogger } from '../../kernel/logger';
import type { Cancel, Scheduler } from '../../kernel/scheduler';
import { every } from '../../kernel/scheduler';
import type { ConsoleListRow, Store } from '../../store';
import { inboxState, makeOp } from '../inbox/ops';
import type { OpsRepository } from '../inbox/ops';
import { businessSettings } from '../inbox/settings';
import type { PresenceRuntime } from '../presence/service';

export interface AssignmentService {
  start(): void;
  stop(): void;
  /** Something changed (a message, an op, presence): look again after the settle delay. */
  schedule(): void;
}

export type AssignmentRepository = OpsRepository & Pick<Store, 'listConsoleConversations'>;

export interface AssignmentDeps {
  readonly store: AssignmentRepository;
  readonly clock: Clock;
  readonly now: () => number;
  readonly scheduler: Scheduler;
  readonly log: EngineLogger;
  readonly presence: Pick<PresenceRuntime, 'present' | 'onlineSeats' | 'listeningSince' | 'timeoutMs'>;
  /** Whether the relay connection is open: a desktop cut off hears nobody and must not assign. */
  readonly connected: () => boolean;
  /** Runs store work from a timer so that a storage failure stops the engine (StorageGuard.run). */
  readonly guarded: (work: () => void) => void;
  readonly sendToOwnDevices: (payload: string) => void;
  readonly changed: () => void;
  /** How long the assigner waits after a change before it decides (default 1.5 s). */
  readonly settleMs?: number;
}

/** A look now and then even when nothing was heard: a snooze that ran out reopens silently. */
const sweepMs = 30_000;
const page = 500;

export function createAssignmentService(deps: AssignmentDeps): AssignmentService {
  const { store, scheduler, presence } = deps;
  const settleMs = deps.settleMs ?? 1_500;
  let running = false;
  let pending: { readonly cancel: Cancel; readonly at: number } | undefined;
  let sweep: Cancel | undefined;
  /** Who got the last automatic assignment: read from the ops when this desktop becomes the assigner, then followed. */
  let lastAssigned: string | null | undefined;

  const schedule = (delayMs = settleMs): void => {
    if (!running) return;
    const at = deps.now() + delayMs;
    if (pending !== undefined && pending.at <= at) return;
    pending?.cancel();
    pending = {
      at,
      cancel: scheduler.after(delayMs, () => {
        pending = undefined;
        try {
          deps.guarded(pass);
        } catch (error) {
          // A clock far off (console-clock) or a roster that moved under the pass: the next change looks again.
          deps.log.warn({ event: 'assignment-failed', error }, 'automatic assignment failed');
        }
      }),
    };
  };

  function pass(): void {
    if (!running) return;
    const settings = businessSettings(store);
    const own = store.getItem('consoleSeat');
    const present = presence.present();
    const since = presence.listeningSince();
    if (settings.assignment === 'manual' || own === undefined || since === undefined || !deps.connected() || !present.has(own.seatId)) {
      lastAssigned = undefined;
      return;
    }
    if (electAssigner(present) !== own.seatId) {
      lastAssigned = undefined;
      return;
    }
    const listened = deps.now() - since;
    const timeout = presence.timeoutMs();
    // One heartbeat round: by then every desktop that is there has been heard.
    const warmUp = heartbeatMs(timeout);
    if (listened < warmUp) {
      schedule(warmUp - listened);
      return;
    }
    // Taking conversations away from an assignee needs a whole timeout of listening: before
    // that, "not heard" may only mean "not heard yet".
    const mayTakeAway = listened >= timeout;
    if (!mayTakeAway) schedule(timeout - listened);

    const rows = openConversations(own.seatId);
    const open = new Map<string, number>();
    for (const row of rows) if (row.assignee !== null) open.set(row.assignee, (open.get(row.assignee) ?? 0) + 1);
    const candidates = new Map<string, Candidate>(presence.onlineSeats().map((seat) => [seat, { seat, open: open.get(seat) ?? 0 }]));
    lastAssigned ??= lastAutomaticAssignee(store);
    const batch: Array<{ readonly customer: string; readonly seat: string; readonly reason: AutoAssignReason }> = [];
    for (const row of rows) {
      const reason = needsAssignee(row.assignee, present);
      if (reason === undefined || (reason === 'away' && !mayTakeAway)) continue;
      if (reason === 'away') {
        // An assignment younger than the timeout stands even to someone not heard: a person
        // may just have made it, or an assigner this desktop does not hear. So two desktops
        // that cannot hear each other hand a conversation over at most once per timeout.
        const age = deps.now() - (inboxState(store, row.customer).get(row.customer)?.assignee?.at.wall ?? 0);
        if (age < timeout) {
          schedule(timeout - age);
          continue;
        }
      }
      const mode = settings.assignment;
      const seat = chooseAssignee(mode, [...candidates.values()], settings.capacity, lastAssigned);
      // Everyone online is at the cap: the rest wait in the pool.
      if (seat === undefined) break;
      batch.push({ customer: row.customer, seat, reason });
      lastAssigned = seat;
      const chosen = candidates.get(seat);
      if (chosen !== undefined) candidates.set(seat, { seat, open: chosen.open + 1 });
    }
    if (batch.length === 0) return;
    store.transaction(() => {
      const made = batch.map((item) => makeOp(store, deps.clock, item.customer, { kind: 'assignee', seat: item.seat, auto: item.reason }, deps.now()));
      deps.sendToOwnDevices(
        encodeConsolePayload({ version: 1, ops: made.map(({ op, signature }) => ({ op, signature })), audit: made.map((item) => item.audit) }),
      );
    });
    deps.changed();
  }

  /** Every open or pending customer conversation, longest waiting first. */
  function openConversations(seat: string): Array<ConsoleListRow> {
    const rows: Array<ConsoleListRow> = [];
    for (let offset = 0; ; offset += page) {
      const next = store.listConsoleConversations({ view: 'all', sort: 'waiting', seat, seeAll: true, now: deps.now(), offset, limit: page });
      rows.push(...next);
      if (next.length < page) return rows;
    }
  }

  return {
    start: () => {
      if (running) return;
      running = true;
      sweep = every(scheduler, sweepMs, () => {
        schedule();
      });
      schedule();
    },
    stop: () => {
      running = false;
      pending?.cancel();
      pending = undefined;
      sweep?.();
      sweep = undefined;
      lastAssigned = undefined;
    },
    schedule: () => {
      schedule();
    },
  };
}

/** The seat the latest applied automatic assignment (by HLC) went to, if any. */
function lastAutomaticAssignee(store: Pick<Store, 'listConsoleOps'>): string | null {
  let last: string | null = null;
  // Applied ops come ordered by HLC; only automatic assignments carry "auto".
  for (const stored of store.listConsoleOps()) {
    if (!stored.op.includes('"auto":')) continue;
    const change = parseJsonWith(consoleOpSchema, stored.op)?.change;
    if (change?.kind === 'assignee' && change.auto !== undefined && change.seat !== null) last = change.seat;
  }
  return last;
}
