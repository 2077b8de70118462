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

export interface ConsoleInboundDeps {
  readonly clock: Clock;
  /** Queues a console payload for this account's other devices (inside the transaction). */
  readonly sendToOwnDevices: (payload: string) => void;
  /** The roster changed. */
  readonly changed: () => void;
  readonly refused: (reason: 'not-own-device' | 'malformed' | 'no-business') => void;
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
      for (const signed of payload.ops ?? []) if (receiveOp(store, roster, signed, context.receivedAt)) touched.add(signed.op.conversation);
      materialise(store, touched);
      changed ||= touched.size > 0;
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
