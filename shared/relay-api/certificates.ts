/**
 * Sealed sender certificates. The relay signs, for an authenticated device, a short-lived
 * SenderCertificate (libsignal) naming the account, the device and the account identity
 * key; recipients check it against the relay's trust root, which clients pin on first use.
 */
import { z } from 'zod';

/** `GET /v1/certificate/delivery` (authenticated). */
export const SenderCertificateResponseSchema = z.strictObject({
  /** base64 of `SenderCertificate.serialize()`. */
  certificate: z.base64(),
});
export type SenderCertificateResponse = z.infer<typeof SenderCertificateResponseSchema>;

/** `GET /v1/certificate/trust-root` (public). */
export const TrustRootResponseSchema = z.strictObject({
  /** base64 of the trust root's serialized PublicKey (33 bytes). */
  publicKey: z.base64(),
});
export type TrustRootResponse = z.infer<typeof TrustRootResponseSchema>;

/** How long a sender certificate is valid; clients refresh well before. */
export const SENDER_CERTIFICATE_LIFETIME_MS = 24 * 60 * 60 * 1000;
