import { createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { PrivateKey } from '@signalapp/libsignal-client';
import { describe, expect, it } from 'vitest';
import { ProvisioningFormatError, ProvisioningMacError } from '../../../../engine/crypto/errors';
import {
  decryptProvisioningMessage,
  encryptProvisioningMessage,
} from '../../../../engine/crypto/provisioning-cipher';

const message = new TextEncoder().encode('identity key pair, account id, link token, profile key');

describe('provisioning cipher', () => {
  it('round-trips between the phone and the desktop that showed the QR key', () => {
    const desktop = PrivateKey.generate();
    const envelope = encryptProvisioningMessage(message, desktop.getPublicKey());
    expect(Buffer.from(decryptProvisioningMessage(envelope, desktop))).toEqual(Buffer.from(message));
  });

  it('lays the body out as Signal does: 0x01 ‖ iv ‖ AES-256-CBC ‖ HMAC-SHA256, keys from HKDF with the provisioning info', () => {
    const desktop = PrivateKey.generate();
    const phoneEphemeral = PrivateKey.generate();
    const envelope = encryptProvisioningMessage(message, desktop.getPublicKey(), phoneEphemeral);
    const body = Buffer.from(envelope.body);
    expect(Buffer.from(envelope.publicKey)).toEqual(Buffer.from(phoneEphemeral.getPublicKey().serialize()));
    expect(envelope.publicKey.length).toBe(33);
    expect(body[0]).toBe(0x01);
    expect((body.length - 1 - 16 - 32) % 16).toBe(0);

    // Decrypt independently, spelling out every constant of the scheme.
    const agreement = desktop.agree(phoneEphemeral.getPublicKey());
    const secrets = Buffer.from(hkdfSync('sha256', agreement, Buffer.alloc(32), 'TextSecure Provisioning Message', 64));
    const mac = createHmac('sha256', secrets.subarray(32)).update(body.subarray(0, body.length - 32)).digest();
    expect(mac).toEqual(body.subarray(body.length - 32));
    const decipher = createDecipheriv('aes-256-cbc', secrets.subarray(0, 32), body.subarray(1, 17));
    const plaintext = Buffer.concat([decipher.update(body.subarray(17, body.length - 32)), decipher.final()]);
    expect(plaintext).toEqual(Buffer.from(message));
  });

  it('refuses a body with any byte altered', () => {
    const desktop = PrivateKey.generate();
    const envelope = encryptProvisioningMessage(message, desktop.getPublicKey());
    for (const index of [1, 20, envelope.body.length - 40, envelope.body.length - 1]) {
      const tampered = Buffer.from(envelope.body);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(() => decryptProvisioningMessage({ ...envelope, body: tampered }, desktop)).toThrow(ProvisioningMacError);
    }
  });

  it('refuses a message meant for another desktop', () => {
    const envelope = encryptProvisioningMessage(message, PrivateKey.generate().getPublicKey());
    expect(() => decryptProvisioningMessage(envelope, PrivateKey.generate())).toThrow(ProvisioningMacError);
  });

  it('refuses a wrong version, a truncated body and a malformed public key with a format error', () => {
    const desktop = PrivateKey.generate();
    const envelope = encryptProvisioningMessage(message, desktop.getPublicKey());
    const wrongVersion = Buffer.from(envelope.body);
    wrongVersion[0] = 0x02;
    expect(() => decryptProvisioningMessage({ ...envelope, body: wrongVersion }, desktop)).toThrow(ProvisioningFormatError);
    expect(() => decryptProvisioningMessage({ ...envelope, body: envelope.body.subarray(0, 40) }, desktop)).toThrow(
      ProvisioningFormatError,
    );
    expect(() => decryptProvisioningMessage({ ...envelope, publicKey: new Uint8Array(33) }, desktop)).toThrow(
      ProvisioningFormatError,
    );
  });
});
