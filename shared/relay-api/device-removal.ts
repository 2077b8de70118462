/**
 * Why the relay refused a device socket, and the signed statement that a device was
 * removed (docs/protocol/relay.md, "Refused upgrades"). A bare 401 proves nothing: any
 * process on the relay's port can send one, and a relay restarted on an empty data
 * folder knows no device at all. So a client deletes nothing unless the relay signs,
 * over a challenge the client chose for this attempt, that this very device was removed,
 * with the server key certified by the trust root the client pinned on first use.
 */
import { z } from 'zod';
import { base64Bytes } from './schemas';

/** Request header of a device socket upgrade: base64 of 32 random bytes, fresh per attempt. */
export const DEVICE_CHALLENGE_HEADER = 'x-parley-challenge';
export const DEVICE_CHALLENGE_BYTES = 32;

/**
 * - `device-removed`: the credentials are those of a device that was removed (by the
 *   primary, by itself, or by an identity reset); signed when a challenge was sent.
 * - `unknown-device`: no such account, or no such device in it.
 * - `bad-credentials`: the device exists but the password is wrong, or the header is malformed.
 */
export const DeviceRefusalReasonSchema = z.enum(['device-removed', 'unknown-device', 'bad-credentials']);
export type DeviceRefusalReason = z.infer<typeof DeviceRefusalReasonSchema>;

export const DeviceRemovalStatementSchema = z.strictObject({
  removedAt: z.int().nonnegative(),
  /** base64 of the server key's XEdDSA signature over `deviceRemovedStatement(…)`. */
  signature: base64Bytes(64),
  /** base64 of the libsignal `ServerCertificate` (the server key, signed by the trust root). */
  serverCertificate: base64Bytes(1, 1024),
});
export type DeviceRemovalStatement = z.infer<typeof DeviceRemovalStatementSchema>;

/** The 401 body of a refused device socket upgrade. */
export const DeviceRefusalBodySchema = z.strictObject({
  error: z.literal('unauthorized'),
  message: z.string(),
  reason: DeviceRefusalReasonSchema,
  /** Only with `device-removed`, and only when the upgrade carried a well-formed challenge. */
  removal: DeviceRemovalStatementSchema.optional(),
});
export type DeviceRefusalBody = z.infer<typeof DeviceRefusalBodySchema>;

export interface DeviceRemovedFacts {
  /** Exactly the base64 challenge the client sent (canonical: it decodes to 32 bytes and re-encodes to itself). */
  readonly challenge: string;
  readonly accountId: string;
  readonly deviceId: number;
  readonly removedAt: number;
}

const statementLabel = 'parley-device-removed-v1';

/**
 * The bytes the relay signs: ASCII lines `parley-device-removed-v1`, the challenge,
 * the account id, the device id and the removal time (decimal), joined by `\n`. Every
 * field is ASCII without newlines, so the encoding is unambiguous.
 */
export function deviceRemovedStatement(facts: DeviceRemovedFacts): Uint8Array<ArrayBuffer> {
  const text = [statementLabel, facts.challenge, facts.accountId, String(facts.deviceId), String(facts.removedAt)].join('\n');
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7e) throw new RangeError('A device removal statement is ASCII only.');
    bytes[index] = code;
  }
  return bytes;
}

/** Whether a challenge is canonical base64 of exactly 32 bytes (anything else gets no statement). */
export function isDeviceChallenge(value: string): boolean {
  // 32 bytes are 42 full characters, one carrying 4 bits (its low 2 bits zero) and one '='.
  return /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(value);
}
