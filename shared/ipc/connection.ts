/**
 * How this desktop's connection to its relay stands, for the chats screen's banner
 * (issue 10, item 9): the device socket's state with a reason code and when the next
 * attempt is, and, when this desktop runs the relay itself, whether that relay child is
 * running, being restarted after it died, or was given up on. Codes only: the renderer's
 * i18n has the words.
 */
import { z } from 'zod';
import { relayRefusalSchema } from './link';
import { defineService } from './service';

const timestamp = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

/** Why the socket is not open and will be tried again. */
export const connectionWaitReasonSchema = z.enum([
  /** Nothing listens on the relay's port. */
  'refused',
  /** The relay could not be reached (no route, DNS, TLS, a reset before the upgrade). */
  'unreachable',
  /** The relay did not answer in time. */
  'timeout',
  /** An open connection closed (`closeCode`). */
  'closed',
  /** The relay answered with another HTTP status (`status`). */
  'http-status',
]);
export type ConnectionWaitReason = z.infer<typeof connectionWaitReasonSchema>;

export const relayConnectionSchema = z.discriminatedUnion('kind', [
  /** No account yet (or none any more): nothing to connect. */
  z.object({ kind: z.literal('not-linked') }),
  z.object({ kind: z.literal('connecting'), attempt: z.number().int().positive() }),
  z.object({ kind: z.literal('open') }),
  z.object({
    kind: z.literal('waiting'),
    reason: connectionWaitReasonSchema,
    status: z.number().int().optional(),
    closeCode: z.number().int().optional(),
    /** When the next attempt starts (ms since the epoch): the banner counts down to it. */
    retryAt: timestamp,
    /** Failed attempts in a row. */
    attempt: count,
  }),
  /** The relay refused this desktop without proving it was removed (see link state `relay-unknown`). */
  z.object({ kind: z.literal('unknown-to-relay'), reason: relayRefusalSchema, retryAt: timestamp }),
  /** The relay proved this desktop was removed (see link state `unlinked-by-phone`). */
  z.object({ kind: z.literal('removed') }),
  /** Another connection of this same device took over. */
  z.object({ kind: z.literal('displaced') }),
  z.object({ kind: z.literal('stopped') }),
]);
export type RelayConnection = z.infer<typeof relayConnectionSchema>;

const exitOf = { exitCode: z.number().int().nullable(), signal: z.string().nullable() };

/** The relay child this desktop started itself (the embedded relay), as its supervisor sees it. */
export const localRelaySchema = z.discriminatedUnion('kind', [
  /** This desktop did not start the relay it uses (another desktop's, or a remote one). */
  z.object({ kind: z.literal('external') }),
  z.object({ kind: z.literal('running'), restarts: count, lastRestartAt: timestamp.nullable() }),
  /** It died; the supervisor starts it again at `retryAt`. */
  z.object({ kind: z.literal('restarting'), restarts: count, retryAt: timestamp, ...exitOf }),
  /** It died too often in a row; "Retry now" tries again. */
  z.object({ kind: z.literal('failed'), restarts: count, ...exitOf }),
]);
export type LocalRelay = z.infer<typeof localRelaySchema>;

export const connectionStateSchema = z.object({
  relay: relayConnectionSchema,
  localRelay: localRelaySchema,
});
export type ConnectionState = z.infer<typeof connectionStateSchema>;

export const connectionService = defineService({
  name: 'connection',
  methods: {
    getState: { args: z.tuple([]), result: connectionStateSchema },
    /**
     * "Retry now": the socket's next attempt starts at once if it is waiting (or the relay
     * does not know this desktop), and a local relay the supervisor gave up on is started again.
     */
    retryNow: { args: z.tuple([]), result: connectionStateSchema },
  },
  events: {
    onDidChangeState: connectionStateSchema,
  },
});
