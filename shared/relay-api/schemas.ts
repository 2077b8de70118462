/**
 * JSON bodies of the relay's HTTP API, as zod schemas shared by the relay and its clients.
 * Byte strings travel as standard base64 with padding. See docs/protocol/relay.md.
 */
import { z } from 'zod';
import { AccountIdSchema, DeviceIdSchema } from './ids';
import {
  accountKinds,
  MAX_MESSAGE_CONTENT_BYTES,
  MAX_PRE_KEYS_PER_UPLOAD,
  MAX_PROVISIONING_ENVELOPE_BYTES,
  UNIDENTIFIED_ACCESS_KEY_BYTES,
} from './constants';

/** Bytes a standard base64 string decodes to, without decoding it. */
export function base64DecodedLength(value: string): number {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

/** A base64 string whose decoded length lies in [min, max]. */
export function base64Bytes(min: number, max = min): z.ZodBase64 {
  return z
    .base64()
    .refine((value) => {
      const length = base64DecodedLength(value);
      return length >= min && length <= max;
    }, min === max ? `must decode to ${String(min)} bytes` : `must decode to ${String(min)}–${String(max)} bytes`);
}

/** libsignal key ids are 24-bit on the wire of Signal's service; keep to that. */
const KeyIdSchema = z.int().min(0).max(0xffffff);
/** A serialized libsignal Curve25519 `PublicKey`: type byte + 32 bytes. */
const EcPublicKeySchema = base64Bytes(33);
/** A serialized libsignal `KEMPublicKey` (Kyber1024: type byte + 1568 bytes; room for others). */
const KemPublicKeySchema = base64Bytes(1, 4096);
const SignatureSchema = base64Bytes(64);

/** Registration ids are 14-bit, as libsignal generates them. */
export const RegistrationIdSchema = z.int().min(1).max(0x3fff);

/**
 * A device's secret, chosen by the device (16 random bytes or more, e.g. base64). Sent once
 * at registration or linking, then in every call's Basic auth; the relay keeps only a slow hash.
 */
export const PasswordSchema = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

/** Lowercase letters, digits and `_ . + -`: a phone-number-like id or a username. */
export const HandleSchema = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9_.+-]+$/, 'lowercase letters, digits and _ . + -');

/** A handle as typed: trimmed and lowercased before it is checked. */
export const HandleInputSchema = z.string().trim().toLowerCase().pipe(HandleSchema);

export const PreKeySchema = z.strictObject({ keyId: KeyIdSchema, publicKey: EcPublicKeySchema });
export type PreKey = z.infer<typeof PreKeySchema>;

export const SignedPreKeySchema = z.strictObject({
  keyId: KeyIdSchema,
  publicKey: EcPublicKeySchema,
  signature: SignatureSchema,
});
export type SignedPreKey = z.infer<typeof SignedPreKeySchema>;

export const KemSignedPreKeySchema = z.strictObject({
  keyId: KeyIdSchema,
  publicKey: KemPublicKeySchema,
  signature: SignatureSchema,
});
export type KemSignedPreKey = z.infer<typeof KemSignedPreKeySchema>;

const PreKeyListSchema = z.array(PreKeySchema).max(MAX_PRE_KEYS_PER_UPLOAD);
const KemPreKeyListSchema = z.array(KemSignedPreKeySchema).max(MAX_PRE_KEYS_PER_UPLOAD);
const UnidentifiedAccessKeySchema = base64Bytes(UNIDENTIFIED_ACCESS_KEY_BYTES);
/** A device name, encrypted by the client; the relay stores it opaque. */
const EncryptedDeviceNameSchema = base64Bytes(1, 256);

/** What every new device (primary or linked) publishes about itself. */
const NewDeviceFields = {
  password: PasswordSchema,
  registrationId: RegistrationIdSchema,
  signedPreKey: SignedPreKeySchema,
  pqLastResortPreKey: KemSignedPreKeySchema,
  preKeys: PreKeyListSchema.optional(),
  pqPreKeys: KemPreKeyListSchema.optional(),
  name: EncryptedDeviceNameSchema.optional(),
};

// ---- Accounts -------------------------------------------------------------------------

/** `POST /v1/accounts`: the primary (device 1) creates the account. */
export const RegisterAccountRequestSchema = z.strictObject({
  handle: HandleInputSchema,
  identityKey: EcPublicKeySchema,
  unidentifiedAccessKey: UnidentifiedAccessKeySchema.optional(),
  unrestrictedUnidentifiedAccess: z.boolean().optional(),
  /** Default personal. A business may link MAX_BUSINESS_LINKED_DEVICES desktops. */
  kind: z.enum(accountKinds).optional(),
  ...NewDeviceFields,
});
export type RegisterAccountRequest = z.infer<typeof RegisterAccountRequestSchema>;

/**
 * `PUT /v1/accounts/identity` (primary only): the phone was reinstalled and comes back
 * with a new identity key. Linked devices are removed (they hold the old identity) and
 * device 1 gets the new keys and password; contacts see a safety-number change.
 */
export const ResetIdentityRequestSchema = z.strictObject({
  identityKey: EcPublicKeySchema,
  unidentifiedAccessKey: UnidentifiedAccessKeySchema.optional(),
  ...NewDeviceFields,
});
export type ResetIdentityRequest = z.infer<typeof ResetIdentityRequestSchema>;

/** Answer to registration and to linking. */
export const DeviceCreatedResponseSchema = z.strictObject({
  accountId: AccountIdSchema,
  deviceId: DeviceIdSchema,
});
export type DeviceCreatedResponse = z.infer<typeof DeviceCreatedResponseSchema>;

export const WhoAmIResponseSchema = DeviceCreatedResponseSchema;
export type WhoAmIResponse = DeviceCreatedResponse;

export const HandleLookupResponseSchema = z.strictObject({ accountId: AccountIdSchema });
export type HandleLookupResponse = z.infer<typeof HandleLookupResponseSchema>;

/** `PUT /v1/accounts/attributes` (primary only). `null` removes the access key. */
export const AccountAttributesRequestSchema = z
  .strictObject({
    unidentifiedAccessKey: UnidentifiedAccessKeySchema.nullable().optional(),
    unrestrictedUnidentifiedAccess: z.boolean().optional(),
  })
  .refine(
    (body) => body.unidentifiedAccessKey !== undefined || body.unrestrictedUnidentifiedAccess !== undefined,
    'nothing to change',
  );
export type AccountAttributesRequest = z.infer<typeof AccountAttributesRequestSchema>;

// ---- Devices and linking --------------------------------------------------------------

export const LinkTokenResponseSchema = z.strictObject({
  verificationCode: z.string(),
  expiresAt: z.int(),
});
export type LinkTokenResponse = z.infer<typeof LinkTokenResponseSchema>;

/** `PUT /v1/devices/link`: a new companion joins the account the token belongs to. */
export const LinkDeviceRequestSchema = z.strictObject({
  verificationCode: z.string().min(1).max(128),
  ...NewDeviceFields,
});
export type LinkDeviceRequest = z.infer<typeof LinkDeviceRequestSchema>;

export const DeviceInfoSchema = z.strictObject({
  id: DeviceIdSchema,
  name: z.string().optional(),
  created: z.int(),
  lastSeen: z.int(),
});
export type DeviceInfo = z.infer<typeof DeviceInfoSchema>;

export const DeviceListResponseSchema = z.strictObject({ devices: z.array(DeviceInfoSchema) });
export type DeviceListResponse = z.infer<typeof DeviceListResponseSchema>;

// ---- Keys -----------------------------------------------------------------------------

/** `PUT /v2/keys`: any subset; signed keys replace the current ones, lists are appended. */
export const SetKeysRequestSchema = z
  .strictObject({
    preKeys: PreKeyListSchema.optional(),
    signedPreKey: SignedPreKeySchema.optional(),
    pqPreKeys: KemPreKeyListSchema.optional(),
    pqLastResortPreKey: KemSignedPreKeySchema.optional(),
  })
  .refine(
    (body) =>
      body.preKeys !== undefined ||
      body.signedPreKey !== undefined ||
      body.pqPreKeys !== undefined ||
      body.pqLastResortPreKey !== undefined,
    'nothing to upload',
  );
export type SetKeysRequest = z.infer<typeof SetKeysRequestSchema>;

export const PreKeyCountResponseSchema = z.strictObject({ count: z.int(), pqCount: z.int() });
export type PreKeyCountResponse = z.infer<typeof PreKeyCountResponseSchema>;

export const DeviceBundleSchema = z.strictObject({
  deviceId: DeviceIdSchema,
  registrationId: RegistrationIdSchema,
  signedPreKey: SignedPreKeySchema,
  /** Absent when the device's one-time EC pre-keys ran out. */
  preKey: PreKeySchema.optional(),
  /** A one-time Kyber pre-key, or the last-resort one when those ran out. */
  pqPreKey: KemSignedPreKeySchema,
});
export type DeviceBundle = z.infer<typeof DeviceBundleSchema>;

export const PreKeyBundleResponseSchema = z.strictObject({
  identityKey: EcPublicKeySchema,
  devices: z.array(DeviceBundleSchema),
  /**
   * The account's kind, as the relay recorded it at registration: a client marks a
   * business's chats. Absent from relays that predate it (read as personal).
   */
  kind: z.enum(accountKinds).optional(),
});
export type PreKeyBundleResponse = z.infer<typeof PreKeyBundleResponseSchema>;

// ---- Messages -------------------------------------------------------------------------

/** Envelope types a client may send (numbers of `Envelope.Type`). */
export const SendableEnvelopeTypeSchema = z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(8)]);
export type SendableEnvelopeType = z.infer<typeof SendableEnvelopeTypeSchema>;

export const OutgoingMessageSchema = z.strictObject({
  type: SendableEnvelopeTypeSchema,
  destinationDeviceId: DeviceIdSchema,
  destinationRegistrationId: RegistrationIdSchema,
  content: base64Bytes(1, MAX_MESSAGE_CONTENT_BYTES),
});
export type OutgoingMessage = z.infer<typeof OutgoingMessageSchema>;

/** `PUT /v1/messages/{accountId}`: one ciphertext per device of the destination. */
export const SendMessagesRequestSchema = z.strictObject({
  messages: z.array(OutgoingMessageSchema).min(1).max(128),
  timestamp: z.int().min(0),
  /** Online-only (default false): pushed to the devices connected now, never stored. */
  online: z.boolean().optional(),
  urgent: z.boolean().optional(),
});
export type SendMessagesRequest = z.infer<typeof SendMessagesRequestSchema>;

export const SendMessagesResponseSchema = z.strictObject({
  /** The sender has other devices, which should get a sync transcript. */
  needsSync: z.boolean(),
});
export type SendMessagesResponse = z.infer<typeof SendMessagesResponseSchema>;

/** 409 body: the request's device list does not match the destination's devices. */
export const MismatchedDevicesSchema = z.strictObject({
  missingDevices: z.array(DeviceIdSchema),
  extraDevices: z.array(DeviceIdSchema),
});
export type MismatchedDevices = z.infer<typeof MismatchedDevicesSchema>;

/** 410 body: these devices have a different registration id than the request said. */
export const StaleDevicesSchema = z.strictObject({ staleDevices: z.array(DeviceIdSchema) });
export type StaleDevices = z.infer<typeof StaleDevicesSchema>;

/** `GET /v1/messages`: the pull alternative to the device socket. */
export const QueuedMessagesResponseSchema = z.strictObject({
  messages: z.array(
    z.strictObject({
      guid: z.uuid(),
      serverTimestamp: z.int(),
      /** A serialized `Envelope`. */
      envelope: z.base64(),
    }),
  ),
  more: z.boolean(),
});
export type QueuedMessagesResponse = z.infer<typeof QueuedMessagesResponseSchema>;

// ---- Provisioning and attachments -----------------------------------------------------

/** `PUT /v1/provisioning/{address}`: body is a serialized `ProvisionEnvelope`. */
export const ProvisioningMessageRequestSchema = z.strictObject({
  body: base64Bytes(1, MAX_PROVISIONING_ENVELOPE_BYTES),
});
export type ProvisioningMessageRequest = z.infer<typeof ProvisioningMessageRequestSchema>;

export const AttachmentUploadResponseSchema = z.strictObject({
  id: z.string(),
  size: z.int(),
  expiresAt: z.int(),
});
export type AttachmentUploadResponse = z.infer<typeof AttachmentUploadResponseSchema>;

// ---- Errors ---------------------------------------------------------------------------

/** Every error that is not 409/410 answers `{ error, message }`; `error` is a stable code. */
export const ErrorBodySchema = z.strictObject({
  error: z.string(),
  message: z.string(),
  /** Where a body failed validation: field paths only, never values. */
  issues: z.array(z.string()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
