/**
 * The provisioning cipher that carries the account identity from the phone to a new
 * desktop, byte for byte as Signal's scheme (DESIGN.md "Linking"):
 *
 *   agreement = X25519(ephemeral private key, peer public key)
 *   aesKey ‖ macKey = HKDF-SHA256(agreement, salt = 32 zero bytes,
 *                                 info = "TextSecure Provisioning Message", 64 bytes)
 *   body = 0x01 ‖ iv(16) ‖ AES-256-CBC-PKCS7(message) ‖ HMAC-SHA256(macKey, 0x01 ‖ iv ‖ ciphertext)
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { PrivateKey, PublicKey } from '@signalapp/libsignal-client';
import { ProvisioningFormatError, ProvisioningMacError } from './errors';

export const provisioningInfo = 'TextSecure Provisioning Message';
export const provisioningVersion = 0x01;
const ivLength = 16;
const macLength = 32;

export interface ProvisionEnvelopeParts {
  /** The sender's ephemeral public key, serialized (33 bytes, type byte 0x05 first). */
  readonly publicKey: Uint8Array;
  readonly body: Uint8Array;
}

function deriveKeys(agreement: Uint8Array): { aesKey: Buffer; macKey: Buffer } {
  const secrets = Buffer.from(hkdfSync('sha256', agreement, Buffer.alloc(32), provisioningInfo, 64));
  return { aesKey: secrets.subarray(0, 32), macKey: secrets.subarray(32, 64) };
}

/** Phone side: encrypt a serialized ProvisionMessage to the desktop's QR public key. */
export function encryptProvisioningMessage(
  plaintext: Uint8Array,
  recipientPublicKey: PublicKey,
  ephemeral: PrivateKey = PrivateKey.generate(),
): ProvisionEnvelopeParts {
  const { aesKey, macKey } = deriveKeys(ephemeral.agree(recipientPublicKey));
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-cbc', aesKey, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const versioned = Buffer.concat([Buffer.of(provisioningVersion), iv, ciphertext]);
  const mac = createHmac('sha256', macKey).update(versioned).digest();
  return { publicKey: ephemeral.getPublicKey().serialize(), body: Buffer.concat([versioned, mac]) };
}

/** Desktop side: verify and decrypt with the ephemeral private key behind the QR code. */
export function decryptProvisioningMessage(envelope: ProvisionEnvelopeParts, ourKey: PrivateKey): Uint8Array {
  const body = Buffer.from(envelope.body);
  if (body.length < 1 + ivLength + 16 + macLength) {
    throw new ProvisioningFormatError('The linking message is too short to be genuine.');
  }
  if (body[0] !== provisioningVersion) {
    throw new ProvisioningFormatError(`Unsupported linking message version ${String(body[0])}.`);
  }
  let senderKey: PublicKey;
  try {
    senderKey = PublicKey.deserialize(Uint8Array.from(envelope.publicKey));
  } catch {
    throw new ProvisioningFormatError('The linking message carries an invalid public key.');
  }
  const { aesKey, macKey } = deriveKeys(ourKey.agree(senderKey));
  const versioned = body.subarray(0, body.length - macLength);
  const theirMac = body.subarray(body.length - macLength);
  const ourMac = createHmac('sha256', macKey).update(versioned).digest();
  if (!timingSafeEqual(ourMac, theirMac)) throw new ProvisioningMacError();
  const iv = versioned.subarray(1, 1 + ivLength);
  const ciphertext = versioned.subarray(1 + ivLength);
  try {
    const decipher = createDecipheriv('aes-256-cbc', aesKey, iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // Unreachable for a body that passed the MAC, unless the sender itself was faulty.
    throw new ProvisioningFormatError('The linking message could not be decrypted.');
  }
}
