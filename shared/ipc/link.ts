import { z } from 'zod';
import { keychainUnavailableReasons } from '../domain/codes';
import { defineService } from './service';

/** What the phone's device list shows for this desktop. */
export const deviceNameSchema = z.string().trim().min(1).max(50);

/**
 * What the relay said when it refused this desktop without proof of a removal: it does
 * not know the device, the password does not match, it claimed a removal it could not
 * sign for the pinned trust root, or it answered in a way Parley cannot read.
 */
export const relayRefusalSchema = z.enum(['unknown-device', 'bad-credentials', 'unverified-removal', 'unrecognised']);
export type RelayRefusal = z.infer<typeof relayRefusalSchema>;

/**
 * Why the phone's history was not (fully) imported; the link stands either way and the
 * renderer says what to do. integrity: the bundle failed its digest or MAC check;
 * format: it could not be read; download: it could not be fetched from the relay.
 */
export const historyProblemSchema = z.enum(['integrity', 'format', 'download']);
export type HistoryProblem = z.infer<typeof historyProblemSchema>;

/** Fields every state carries: the name this desktop gives (or gave) itself. */
const base = { deviceName: z.string() };

/** Why the system keychain could not be used (engine/keychain/errors.ts). */
export const keychainProblemSchema = z.enum(keychainUnavailableReasons);
export type KeychainProblem = z.infer<typeof keychainProblemSchema>;

const keychainEntry = { service: z.string(), account: z.string() };

/**
 * What stops this desktop, as a code with parameters; the renderer's i18n says what
 * happened and what to do. Storage and keychain problems keep every file; `link-*`
 * ones end one linking attempt and leave nothing behind.
 */
export const linkProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('keychain-unavailable'), reason: keychainProblemSchema }),
  /** The keychain entry holds something that is not a Parley key; it was left alone. */
  z.object({ code: z.literal('keychain-entry-invalid'), ...keychainEntry }),
  /** A database exists and the keychain has no key for it. */
  z.object({ code: z.literal('database-key-missing'), ...keychainEntry }),
  /** The keychain's key does not open the database (or its first page is damaged). */
  z.object({ code: z.literal('database-key') }),
  /** Pages fail their checks: damaged on disk (found at open or while running). */
  z.object({ code: z.literal('database-corrupt') }),
  /** The disk failed reading or writing the database. */
  z.object({ code: z.literal('database-io') }),
  z.object({
    code: z.literal('database-file'),
    reason: z.enum(['wal-without-database', 'not-a-file', 'unreadable', 'cannot-create', 'cannot-open']),
  }),
  /** Written by a newer Parley. */
  z.object({
    code: z.literal('database-version'),
    fileVersion: z.number().int().nonnegative(),
    supportedVersion: z.number().int().nonnegative(),
  }),
  /** Updating the schema failed and was rolled back. */
  z.object({ code: z.literal('database-migration'), version: z.number().int().positive() }),
  /** A storage failure no other code describes. */
  z.object({ code: z.literal('database-unknown') }),
  /** The phone's linking message failed its integrity check (altered, or meant for another code). */
  z.object({ code: z.literal('link-integrity') }),
  /** The linking message decrypted but is not a valid account. */
  z.object({ code: z.literal('link-format') }),
  /** The relay refused to add this desktop (HTTP status; 0 when none). */
  z.object({ code: z.literal('link-refused'), status: z.number().int().nonnegative() }),
  /** The relay connection was lost while joining the account. */
  z.object({ code: z.literal('link-interrupted') }),
  z.object({ code: z.literal('link-failed') }),
]);
export type LinkProblem = z.infer<typeof linkProblemSchema>;
export type LinkProblemCode = LinkProblem['code'];

/** A failed linking attempt: nothing was kept, a fresh code fixes it. */
export function isLinkAttemptProblem(problem: LinkProblem): boolean {
  switch (problem.code) {
    case 'link-integrity':
    case 'link-format':
    case 'link-refused':
    case 'link-interrupted':
    case 'link-failed':
      return true;
    case 'keychain-unavailable':
    case 'keychain-entry-invalid':
    case 'database-key-missing':
    case 'database-key':
    case 'database-corrupt':
    case 'database-io':
    case 'database-file':
    case 'database-version':
    case 'database-migration':
    case 'database-unknown':
      return false;
  }
}

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
    problem: linkProblemSchema,
    /** Whether this desktop keeps data that a fix could recover (false on a first run or for a failed link). */
    hasLocalData: z.boolean(),
    /** The folder that holds the database and its attachments, to back up or restore. */
    dataDir: z.string(),
  }),
  /**
   * The relay proved (signed, against the trust root pinned at linking) that this desktop
   * was removed from the account. Every local byte is still there: it goes only when the
   * user confirms "Delete this desktop's data" (`unlink()`).
   */
  z.object({ kind: z.literal('unlinked-by-phone'), ...base, removedAt: z.number().int().nonnegative() }),
  /**
   * The relay refused this desktop's credentials without proving it was removed: a relay
   * that lost its data, another process on its port. Every local byte is kept; the engine
   * keeps trying (`retryAt`), "Try again" retries now (`connection.retryNow()`), and
   * "Unlink and start over" (`unlink()`, confirmed) is the explicit way out.
   */
  z.object({
    kind: z.literal('relay-unknown'),
    ...base,
    deviceId: z.number().int().positive(),
    handle: z.string().nullable(),
    reason: relayRefusalSchema,
    retryAt: z.number().int().nonnegative(),
  }),
]);
export type LinkState = z.infer<typeof linkStateSchema>;
export type LinkStateKind = LinkState['kind'];

export const linkService = defineService({
  name: 'link',
  methods: {
    getState: { args: z.tuple([]), result: linkStateSchema },
    /**
     * Shows a fresh code (first time, or "Try again" after expiry or a failure). Never
     * while this desktop holds an account: in `relay-unknown` it retries the relay instead.
     */
    start: { args: z.tuple([]), result: linkStateSchema },
    /** Stops showing a code and closes the provisioning socket. */
    cancel: { args: z.tuple([]), result: linkStateSchema },
    setDeviceName: { args: z.tuple([deviceNameSchema]), result: linkStateSchema },
    /**
     * Wipes this desktop's database, attachments and keychain entry. The renderer asks
     * the user to confirm first; afterwards a fresh code is shown. The only way data goes.
     */
    unlink: { args: z.tuple([]), result: linkStateSchema },
    /** Stops importing history; what is imported so far stays. */
    cancelHistorySync: { args: z.tuple([]), result: linkStateSchema },
  },
  events: {
    onDidChangeLinkState: linkStateSchema,
  },
});
