/**
 * What the relay keeps and says: its files and its logs (at debug level) never hold a
 * plaintext, a handle, a password, a token, a capability or message bytes that went
 * through it; rate limits answer 429 with Retry-After.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ProvisioningAddress, WebSocketMessage } from '../../../shared/proto';
import type { AttachmentUploadResponse } from '../../../shared/relay-api';
import { WebSocketPaths } from '../../../shared/relay-api';
import { at, basicAuthorization, call, linkToken, newPassword, registerAccount } from './support/relay-client';
import { readAllFiles, startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

/** What a client would do: the relay never sees this key. */
function encrypt(key: Buffer, plaintext: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function decrypt(key: Buffer, sealed: Uint8Array): string {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(-16));
  return Buffer.concat([decipher.update(bytes.subarray(12, -16)), decipher.final()]).toString('utf8');
}

describe('canaries', () => {
  let harness: TestRelay;
  const secrets: Array<[string, string]> = [];

  beforeAll(async () => {
    harness = await startTestRelay();
  });

  afterAll(async () => {
    await harness.dispose();
  });

  it('never reach the relay’s files or logs', async () => {
    const marker = randomBytes(6).toString('hex');
    const plaintext = `PLAINTEXT-CANARY-${marker}`;
    const handle = `handle-canary-${marker}`;
    const accessKey = randomBytes(16).toString('base64');
    const alice = await registerAccount(harness.url, handle);
    const bob = await registerAccount(harness.url, `bob-${marker}`, { unidentifiedAccessKey: accessKey });
    const key = randomBytes(32);

    // An identified and a sealed-sender message, both carrying the canary inside their ciphertext.
    const identified = encrypt(key, `${plaintext} identified`);
    const sealed = encrypt(key, `${plaintext} sealed`);
    expect((await alice.send(bob.accountId, [{ deviceId: 1, registrationId: bob.registrationId, content: identified }])).status).toBe(200);
    const sealedResult = await fetch(new URL(`/v1/messages/${bob.accountId}`, harness.url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'unidentified-access-key': accessKey },
      body: JSON.stringify({
        timestamp: 1,
        messages: [{ type: 6, destinationDeviceId: 1, destinationRegistrationId: bob.registrationId, content: sealed.toString('base64') }],
      }),
    });
    expect(sealedResult.status).toBe(200);

    // An attachment with the canary inside its ciphertext.
    const attachment = encrypt(key, `${plaintext} attachment ${'x'.repeat(10_000)}`);
    const uploaded = await call(harness.url, 'POST', '/v1/attachments', { raw: attachment, auth: alice });
    const { id: attachmentId } = uploaded.body as AttachmentUploadResponse;

    // A provisioning envelope through a provisioning socket.
    const provisioningWs = new WebSocket(new URL(WebSocketPaths.provisioning, harness.url.replace('http', 'ws')));
    const address = await new Promise<string>((resolve) => {
      provisioningWs.once('message', (data: Buffer) => {
        resolve(ProvisioningAddress.decode(WebSocketMessage.decode(data).request?.body ?? new Uint8Array()).address);
      });
    });
    const provisionEnvelope = encrypt(key, `${plaintext} provisioning`);
    await call(harness.url, 'PUT', `/v1/provisioning/${address}`, {
      json: { body: provisionEnvelope.toString('base64') },
      auth: alice,
    });

    // A link token, and a refused request whose body holds the canary.
    const token = await linkToken(alice);
    await call(harness.url, 'POST', '/v1/accounts', { json: { handle: plaintext, password: plaintext } });
    await call(harness.url, 'POST', '/v1/accounts', { raw: `{"x":"${plaintext}`, contentType: 'application/json' });
    await call(harness.url, 'GET', '/v1/accounts/whoami', { auth: { login: alice.login, password: newPassword() } });

    // Bob receives both messages intact (the relay forwarded what it could not read).
    const socket = await bob.connect();
    await socket.waitForDelivered(2);
    expect(decrypt(key, at(socket.delivered, 0).envelope.content)).toBe(`${plaintext} identified`);
    expect(decrypt(key, at(socket.delivered, 1).envelope.content)).toBe(`${plaintext} sealed`);
    await socket.close();

    secrets.push(
      ['plaintext', plaintext],
      ['handle', handle],
      ['alice password', alice.password],
      ['bob password', bob.password],
      ['link token', token],
      ['Authorization header', basicAuthorization(alice.login, alice.password).slice('Basic '.length)],
    );
    // Files: the relay stores ciphertext it must forward, but none of the above.
    await harness.stop();
    const files = await readAllFiles(harness.dataDir);
    for (const [what, value] of secrets) {
      expect(files.includes(Buffer.from(value)), `${what} in the data directory`).toBe(false);
    }
    // Logs: none of the above, and no message, attachment or provisioning bytes, and no capabilities.
    const logs = harness.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    const inLogs: Array<[string, string]> = [
      ...secrets,
      ['message ciphertext', identified.toString('base64')],
      ['message ciphertext (hex)', identified.toString('hex')],
      ['sealed ciphertext', sealed.toString('base64')],
      ['attachment bytes', attachment.subarray(0, 64).toString('base64')],
      ['provisioning envelope', provisionEnvelope.toString('base64')],
      ['provisioning address', address],
      ['attachment id', attachmentId],
      ['access key', accessKey],
    ];
    for (const [what, value] of inLogs) expect(logs.includes(value), `${what} in the logs`).toBe(false);
    provisioningWs.terminate();
  });
});

describe('rate limits', () => {
  let harness: TestRelay;

  beforeAll(async () => {
    harness = await startTestRelay({
      config: {
        rateLimits: {
          registrationsPerIp: { capacity: 2, refillPerSecond: 0.001 },
          authFailuresPerIp: { capacity: 3, refillPerSecond: 0.001 },
          messagesPerAccount: { capacity: 2, refillPerSecond: 0.001 },
        },
      },
    });
  });

  afterAll(async () => {
    await harness.dispose();
  });

  it('answer 429 with Retry-After once a bucket is empty, per account and per IP', async () => {
    const alice = await registerAccount(harness.url, 'limited-alice');
    const bob = await registerAccount(harness.url, 'limited-bob');
    await expect(registerAccount(harness.url, 'limited-carol')).rejects.toThrow(/429/);

    const target = [{ deviceId: 1, registrationId: bob.registrationId }];
    expect((await alice.send(bob.accountId, target)).status).toBe(200);
    expect((await alice.send(bob.accountId, target)).status).toBe(200);
    const limited = await alice.send(bob.accountId, target);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account is not affected.
    expect((await bob.send(alice.accountId, [{ deviceId: 1, registrationId: alice.registrationId }])).status).toBe(200);
  });

  it('stop password guessing: after three failures even the right password gets 429', async () => {
    const wrong = { login: `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, password: newPassword() };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await call(harness.url, 'GET', '/v1/devices', { auth: wrong })).status).toBe(401);
    }
    expect((await call(harness.url, 'GET', '/v1/devices', { auth: wrong })).status).toBe(429);
  });
});
