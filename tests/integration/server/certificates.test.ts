/**
 * Sender certificates for sealed sender: issued to an authenticated device, naming it and
 * its account identity key, verifiable against the relay's trust root, which survives a
 * restart.
 */
import { PublicKey, SenderCertificate } from '@signalapp/libsignal-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SenderCertificateResponse, TrustRootResponse } from '../../../shared/relay-api';
import { call, linkDevice, registerAccount } from './support/relay-client';
import type { TestDevice } from './support/relay-client';
import { startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let harness: TestRelay;

beforeAll(async () => {
  harness = await startTestRelay();
});

afterAll(async () => {
  await harness.dispose();
});

async function trustRoot(url: string): Promise<PublicKey> {
  const result = await call(url, 'GET', '/v1/certificate/trust-root');
  expect(result.status).toBe(200);
  return PublicKey.deserialize(Uint8Array.from(Buffer.from((result.body as TrustRootResponse).publicKey, 'base64')));
}

async function certificate(device: TestDevice): Promise<SenderCertificate> {
  const result = await device.call('GET', '/v1/certificate/delivery');
  expect(result.status).toBe(200);
  const bytes = Uint8Array.from(Buffer.from((result.body as SenderCertificateResponse).certificate, 'base64'));
  return SenderCertificate.deserialize(bytes);
}

describe('sender certificates', () => {
  it('name the calling device and its identity key, and verify against the trust root', async () => {
    const alice = await registerAccount(harness.url, 'cert-alice');
    const companion = await linkDevice(alice);
    const root = await trustRoot(harness.url);
    for (const device of [alice, companion]) {
      const issued = await certificate(device);
      expect(issued.senderUuid()).toBe(device.accountId);
      expect(issued.senderDeviceId()).toBe(device.deviceId);
      expect(Buffer.from(issued.key().serialize())).toEqual(Buffer.from(alice.identity.publicKey.serialize()));
      expect(issued.validate(root, Date.now())).toBe(true);
      // Expired a day later.
      expect(issued.validate(root, Date.now() + 25 * 60 * 60 * 1000)).toBe(false);
    }
  });

  it('are issued only to authenticated devices', async () => {
    expect((await call(harness.url, 'GET', '/v1/certificate/delivery')).status).toBe(401);
  });

  it('keep one trust root across restarts', async () => {
    const before = await trustRoot(harness.url);
    harness = await harness.restart();
    const after = await trustRoot(harness.url);
    expect(after.equals(before)).toBe(true);
  });
});
