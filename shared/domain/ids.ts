/**
 * The one set of branded ids, for the engine's store, the relay protocol and the IPC
 * schemas alike: an account id is not a conversation id, a device id is not a count.
 * Each is a zod schema (parsing is the only way to make one from a raw value, and it
 * checks what can be checked) and the type it yields.
 */
import { z } from 'zod';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Any 8-4-4-4-12 hex id, stored and compared in lower case. */
const uuid = z
  .string()
  .regex(uuidPattern)
  .transform((value) => value.toLowerCase());

/** An account's service id (a UUID the relay assigns), the same on every device of the account. */
export const AccountIdSchema = uuid.brand<'AccountId'>();
export type AccountId = z.output<typeof AccountIdSchema>;

/** libsignal addresses accept device ids 1…127. */
export const maxDeviceId = 127;
/** 1 is the primary (the phone); linked devices get the lowest free id from 2. */
export const DeviceIdSchema = z.int().min(1).max(maxDeviceId).brand<'DeviceId'>();
export type DeviceId = z.output<typeof DeviceIdSchema>;

/** libsignal's per-device registration id (14 bits). */
export const RegistrationIdSchema = z.int().min(1).max(0x3fff).brand<'RegistrationId'>();
export type RegistrationId = z.output<typeof RegistrationIdSchema>;

export const ConversationIdSchema = uuid.brand<'ConversationId'>();
export type ConversationId = z.output<typeof ConversationIdSchema>;

export const MessageIdSchema = uuid.brand<'MessageId'>();
export type MessageId = z.output<typeof MessageIdSchema>;

export const AttachmentIdSchema = uuid.brand<'AttachmentId'>();
export type AttachmentId = z.output<typeof AttachmentIdSchema>;

/** The relay's id for an envelope; the key for dropping duplicates. */
export const ServerGuidSchema = z.string().min(1).max(128).brand<'ServerGuid'>();
export type ServerGuid = z.output<typeof ServerGuidSchema>;

/** Position in the outbox: smaller ids go out first. */
export const OutboxIdSchema = z.int().min(1).max(Number.MAX_SAFE_INTEGER).brand<'OutboxId'>();
export type OutboxId = z.output<typeof OutboxIdSchema>;

/** libsignal pre-key ids (one-time EC, signed EC and Kyber share this shape, not a space): unsigned 24 or 32 bits. */
export const PreKeyIdSchema = z.int().min(0).max(0xffffffff).brand<'PreKeyId'>();
export type PreKeyId = z.output<typeof PreKeyIdSchema>;

/**
 * The same checks as the schemas, without zod's allocation: the store converts every id
 * of every row it reads, on the send and receive paths. Undefined when the value is not one.
 */
export const checkedIds = {
  account: (value: string): AccountId | undefined => (uuidPattern.test(value) ? (value.toLowerCase() as AccountId) : undefined),
  conversation: (value: string): ConversationId | undefined => (uuidPattern.test(value) ? (value.toLowerCase() as ConversationId) : undefined),
  message: (value: string): MessageId | undefined => (uuidPattern.test(value) ? (value.toLowerCase() as MessageId) : undefined),
  attachment: (value: string): AttachmentId | undefined => (uuidPattern.test(value) ? (value.toLowerCase() as AttachmentId) : undefined),
  device: (value: number): DeviceId | undefined => (Number.isInteger(value) && value >= 1 && value <= maxDeviceId ? (value as DeviceId) : undefined),
  registration: (value: number): RegistrationId | undefined => (Number.isInteger(value) && value >= 1 && value <= 0x3fff ? (value as RegistrationId) : undefined),
  serverGuid: (value: string): ServerGuid | undefined => (value.length >= 1 && value.length <= 128 ? (value as ServerGuid) : undefined),
  outbox: (value: number): OutboxId | undefined => (Number.isSafeInteger(value) && value >= 1 ? (value as OutboxId) : undefined),
  preKey: (value: number): PreKeyId | undefined => (Number.isInteger(value) && value >= 0 && value <= 0xffffffff ? (value as PreKeyId) : undefined),
};
