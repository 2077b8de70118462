/**
 * The console's sync messages, from this account's own devices only: roster news is
 * joined in, and a seat request is answered on the device that signs seats. A contact
 * cannot send console state, and a payload out of schema is dropped whole.
 */
import { canonicalJson } from '../../../shared/domain/console/canonical';
import { decodeConsolePayload, encodeConsolePayload } from '../../../shared/domain/console/wire';
import type { Clock } from '../../kernel/clock';
import type { ContentHandler } from '../../pipeline/inbound';
import { loadRoster, mergeRoster } from './roster-store';
import type { SeatRepository } from './seats';
import { consoleDigest, receiveOp, recheckWaitingOps, snapshotPayloads } from './ops';
import type { OpsRepository } from './ops';
import { answerSeatRequest, rosterPayload } from './seats';
import { materialise } from './materialise';
import type { ConsoleOp } from '../../../shared/domain/console/state';

export interface ConsoleInboundDeps {
  readonly clock: Clock;
  /** Queues a console payload for this account's other devices (inside the transaction). */
  readonly sendToOwnDevices: (payload: string) => void;
  /** The roster changed. */
  readonly changed: () => void;
  readonly refused: (reason: 'not-own-device' | 'malformed' | 'no-business') => void;
  /** Changes from other seats that concern this one (after the commit): assigned to it, a note naming it. */
  readonly notice?: (notices: ReadonlyArray<ConsoleNotice>) => void;
}

export interface ConsoleNotice {
  readonly kind: 'assigned' | 'mentioned';
  readonly customer: string;
  /** The seat that made the change. */
  readonly by: string;
}

/** Older changes arrive in a catch-up snapshot: history, not news to notify of. */
const noticeWindowMs = 10 * 60_000;

function noticesFor(ops: ReadonlyArray<ConsoleOp>, own: string | undefined, receivedAt: number): Array<ConsoleNotice> {
  if (own === undefined) return [];
  return ops.flatMap((op): Array<ConsoleNotice> => {
    if (op.seat === own || receivedAt - op.at.wall > noticeWindowMs) return [];
    const { change } = op;
    if (change.kind === 'assignee' && change.seat === own) return [{ kind: 'assigned', customer: op.conversation, by: op.seat }];
    if (change.kind === 'note' && change.mentions.includes(own)) return [{ kind: 'mentioned', customer: op.conversation, by: op.seat }];
    return [];
  });
}

export function consoleHandler(store: SeatRepository & OpsRepository, deps: ConsoleInboundDeps): ContentHandler {
  return {
    name: 'console',
    apply(context) {
      const sync = context.content.syncMessage?.console;
      if (sync == null) return;
      if (context.sender !== context.me.accountId) {
        deps.refused('not-own-device');
        return;
      }
      if (store.getItem('business') === undefined) {
        deps.refused('no-business');
        return;
      }
      const payload = decodeConsolePayload(Buffer.from(sync.payload).toString('utf8'));
      if (payload === undefined) {
        deps.refused('malformed');
        return;
      }
      let changed = payload.roster !== undefined && mergeRoster(store, payload.roster);
      if (changed) recheckWaitingOps(store);
      // One roster for the whole payload: a snapshot brings hundreds of ops.
      const roster = payload.ops === undefined ? undefined : loadRoster(store);
      const touched = new Set<string>();
      const applied: Array<ConsoleOp> = [];
      for (const signed of payload.ops ?? []) {
        const outcome = receiveOp(store, roster, signed, context.receivedAt);
        if (outcome !== 'known') touched.add(signed.op.conversation);
        if (outcome === 'applied') applied.push(signed.op);
      }
      materialise(store, touched);
      changed ||= touched.size > 0;
      const notices = noticesFor(applied, store.getItem('consoleSeat')?.seatId, context.receivedAt);
      if (notices.length > 0 && deps.notice !== undefined) {
        const notice = deps.notice;
        context.afterCommit(() => {
          notice(notices);
        });
      }
      // Kept as they came: verifying the chains is a read, so a bad entry is named, never dropped.
      for (const entry of payload.audit ?? []) store.recordAuditEntry(entry.seat, entry.seq, canonicalJson(entry), context.receivedAt);
      if (payload.seatRequest !== undefined) {
        const stamped = deps.clock.tick();
        const roster = stamped.ok ? answerSeatRequest(store, payload.seatRequest, context.senderDevice, stamped.timestamp) : undefined;
        if (roster !== undefined) {
          deps.sendToOwnDevices(rosterPayload(roster));
          recheckWaitingOps(store);
          // The new desktop gets the console's state with its history.
          for (const snapshot of snapshotPayloads(store, { withDigest: false })) deps.sendToOwnDevices(encodeConsolePayload(snapshot));
          changed = true;
        }
      }
      // A peer holds something else than this device: it gets everything this device has.
      if (payload.digest !== undefined && payload.digest !== consoleDigest(store) && store.getItem('consoleSeat') !== undefined) {
        for (const snapshot of snapshotPayloads(store, { withDigest: payload.answer !== true })) deps.sendToOwnDevices(encodeConsolePayload(snapshot));
      }
      if (changed) context.afterCommit(deps.changed);
    },
  };
}
