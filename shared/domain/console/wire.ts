/**
 * The console's state on the wire, inside end-to-end-encrypted sync messages among a
 * business's own devices (`SyncMessage.Console.payload`) and in the provisioning message
 * of a new desktop (`ProvisionBusiness.roster`). JSON checked by these strict schemas:
 * what a device signed is the canonical text of exactly these fields, so nothing is
 * added or dropped on the way. Bounds are generous; a payload outside them is refused whole.
 */
import { z } from 'zod';
import { canonicalJson } from './canonical';
import { autoAssignReasons, conversationStatuses, priorities } from './state';
import type { ConsoleOp } from './state';
import { presenceSchema } from './presence';
import type { Presence } from './presence';
import { settingChangeSchema } from './settings';
import { auditActions } from './audit';
import type { AuditEntry } from './audit';
import { roles } from './roster';

const id = z.string().min(1).max(200);
const base64 = z.string().max(400).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const text = (max: number) => z.string().max(max);

export const hlcSchema = z.strictObject({
  wall: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  counter: z.number().int().nonnegative().max(0xffff),
  node: id,
});

export const seatSchema = z.strictObject({
  seatId: id,
  deviceId: z.number().int().min(1).max(0xffff),
  name: text(100),
  role: z.enum(roles),
  signingKey: base64,
  signer: id,
  addedAt: hlcSchema,
  signature: base64,
});

export const revocationSchema = z.strictObject({
  seatId: id,
  by: id,
  at: hlcSchema,
  signature: base64,
});

const statusValue = z.strictObject({
  status: z.enum(conversationStatuses),
  snoozeUntil: z.number().int().nonnegative().nullable(),
  untilReply: z.boolean(),
});
const observed = z.array(id).max(1_000);

export const consoleChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('status'), value: statusValue }),
  z.strictObject({ kind: z.literal('priority'), value: z.enum(priorities) }),
  z.strictObject({ kind: z.literal('assignee'), seat: id.nullable(), auto: z.enum(autoAssignReasons).optional() }),
  z.strictObject({ kind: z.literal('label-add'), label: text(64).min(1) }),
  z.strictObject({ kind: z.literal('label-remove'), label: text(64).min(1), observed }),
  z.strictObject({ kind: z.literal('participant-add'), seat: id }),
  z.strictObject({ kind: z.literal('participant-remove'), seat: id, observed }),
  z.strictObject({ kind: z.literal('note'), text: text(20_000).min(1), mentions: z.array(id).max(50) }),
  settingChangeSchema,
]);

export const consoleOpSchema = z.strictObject({
  id,
  seat: id,
  at: hlcSchema,
  conversation: id,
  change: consoleChangeSchema,
});

export const signedOpSchema = z.strictObject({ op: consoleOpSchema, signature: base64 });

export const auditEntrySchema = z.strictObject({
  seat: id,
  seq: z.number().int().min(1),
  previous: z.string().max(200),
  at: hlcSchema,
  action: z.enum(auditActions),
  conversation: z.string().max(200),
  detail: text(500),
  signature: base64,
});

/** A new desktop asks the owner (or an admin) for its seat: its own signing key, for its device. */
export const seatRequestSchema = z.strictObject({
  seatId: id,
  deviceId: z.number().int().min(1).max(0xffff),
  signingKey: base64,
  /** Proves the request comes from the desktop the owner linked (a digest of its link token). */
  linkProof: base64,
});

export const rosterSchema = z.strictObject({
  seats: z.array(seatSchema).max(500),
  revocations: z.array(revocationSchema).max(1_000),
});

export const consolePayloadSchema = z.strictObject({
  version: z.literal(1),
  roster: rosterSchema.optional(),
  seatRequest: seatRequestSchema.optional(),
  ops: z.array(signedOpSchema).max(1_000).optional(),
  audit: z.array(auditEntrySchema).max(1_000).optional(),
  /**
   * What the sender holds (a digest of its op ids and audit entries): a device that holds
   * something else answers with everything it has, and its own digest.
   */
  digest: base64.optional(),
  /**
   * The digest ends an answer: a device that still holds something else sends what it has
   * without a digest of its own, so an exchange ends after two rounds, whatever differs.
   */
  answer: z.literal(true).optional(),
  /**
   * Online-only (presence/): the sender's availability, what it views and types. Never
   * stored or queued by anyone; the Signal session names the sending device.
   */
  presence: presenceSchema.optional(),
});
export type ConsolePayload = z.infer<typeof consolePayloadSchema>;
export type WireRoster = z.infer<typeof rosterSchema>;

/** What a sender passes: the payload's shape, with the domain's read-only ops. */
export type OutgoingConsolePayload =
  | ConsolePayload
  | {
      readonly version: 1;
      readonly ops?: ReadonlyArray<{ readonly op: ConsoleOp; readonly signature: string }>;
      readonly audit?: ReadonlyArray<AuditEntry>;
      readonly digest?: string;
      readonly answer?: true;
      readonly roster?: WireRoster;
    }
  | { readonly version: 1; readonly presence: Presence };

/** The payload as it goes on the wire. */
export function encodeConsolePayload(payload: OutgoingConsolePayload): string {
  return canonicalJson(payload);
}

/** `json` parsed and checked by `schema`, or undefined when it is not JSON or not within the schema. */
export function parseJsonWith<T>(schema: z.ZodType<T>, json: string): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A payload from the wire, or undefined when it is not JSON or not within the schema. */
export function decodeConsolePayload(json: string): ConsolePayload | undefined {
  return parseJsonWith(consolePayloadSchema, json);
}

export function decodeRoster(json: string): WireRoster | undefined {
  return parseJsonWith(rosterSchema, json);
}
