import { z } from 'zod';
import { defineService } from './service';

/** What the phone's device list shows for this desktop. */
export const deviceNameSchema = z.string().trim().min(1).max(50);

/**
 * Why the phone's history was not (fully) imported; the link stands either way and the
 * renderer says what to do. integrity: the bundle failed its digest or MAC check;
 * format: it could not be read; download: it could not be fetched from the relay.
 */
export const historyProblemSchema = z.enum(['integrity', 'format', 'download']);
export type HistoryProblem = z.infer<typeof historyProblemSchema>;

/** Fields every state carries: the name this desktop gives (or gave) itself. */
const base = { deviceName: z.string() };

/**
 * Where this desktop stands with its phone. Keys never appear here: the renderer gets
 * the linking URL (public by design, it goes into the QR code), states and reasons.
 */
export const linkStateSchema = z.discriminatedUnion('kind', [
  /** The host is opening the encrypted store. */
  z.object({ kind: z.literal('opening'), ...base }),
  /** No account and no code on screen (cancelled). */
  z.object({ kind: z.literal('not-linked'), ...base }),
  /** Asking the relay for a provisioning address. */
  z.object({ kind: z.literal('connecting'), ...base }),
  z.object({
    kind: z.literal('showing-code'),
    ...base,
    /** parley://link?uuid=…&pub_key=…, to show as a QR code and to copy. */
    url: z.string(),
    /** When this code is replaced by a fresh one (ms since the epoch). */
    expiresAt: z.number().int().nonnegative(),
    /** 1 for the first code; the host stops after `maxRotations`. */
    rotation: z.number().int().positive(),
    maxRotations: z.number().int().positive(),
  }),
  z.object({ kind: z.literal('relay-unreachable'), ...base, problem: z.string() }),
  /** Several codes went unused; the host stopped asking the relay for more. */
  z.object({ kind: z.literal('expired'), ...base }),
  /** A phone sent the account: verifying it and joining the account. */
  z.object({ kind: z.literal('linking'), ...base }),
  /** Linked; the recent history the phone sent is arriving (cancellable). */
  z.object({
    kind: z.literal('syncing'),
    ...base,
    phase: z.enum(['downloading', 'importing']),
    /** The encrypted bundle's bytes fetched so far, of its size. */
    receivedBytes: z.number().int().nonnegative(),
    totalBytes: z.number().int().nonnegative(),
    conversations: z.number().int().nonnegative(),
    importedConversations: z.number().int().nonnegative(),
    /** Items imported of the bundle's total; before it is open, messages are what the phone announced and attachments 0. */
    messages: z.number().int().nonnegative(),
    importedMessages: z.number().int().nonnegative(),
    attachments: z.number().int().nonnegative(),
    importedAttachments: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal('linked'),
    ...base,
    deviceId: z.number().int().positive(),
    handle: z.string().nullable(),
    /** Set when the history from the phone could not be used; chats still work. */
    historyProblem: historyProblemSchema.optional(),
  }),
  z.object({
    kind: z.literal('failed'),
    ...base,
    /** keychain/database: the store cannot be opened; link: this linking attempt failed. */
    problem: z.enum(['keychain', 'database', 'link']),
    /** What went wrong and what the user can do, in words. */
    reason: z.string(),
    /** Whether this desktop keeps data that a fix could recover (false on a first run or for a failed link). */
    hasLocalData: z.boolean(),
  }),
  /** The phone removed this desktop; its local data has been wiped. */
  z.object({ kind: z.literal('unlinked-by-phone'), ...base }),
]);
export type LinkState = z.infer<typeof linkStateSchema>;
export type LinkStateKind = LinkState['kind'];

export const linkService = defineService({
  name: 'link',
  methods: {
    getState: { args: z.tuple([]), result: linkStateSchema },
    /** Shows a fresh code (first time, or "Try again" after expiry or a failure). */
    start: { args: z.tuple([]), result: linkStateSchema },
    /** Stops showing a code and closes the provisioning socket. */
    cancel: { args: z.tuple([]), result: linkStateSchema },
    setDeviceName: { args: z.tuple([deviceNameSchema]), result: linkStateSchema },
    /**
     * Wipes this desktop's database and its keychain entry. The renderer asks the user
     * to confirm first; afterwards a fresh code is shown.
     */
    unlink: { args: z.tuple([]), result: linkStateSchema },
    /** Stops importing history; what is imported so far stays. */
    cancelHistorySync: { args: z.tuple([]), result: linkStateSchema },
  },
  events: {
    onDidChangeLinkState: linkStateSchema,
  },
});
