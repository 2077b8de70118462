/**
 * Attachment blobs: streamed upload under a random id, download by id without
 * credentials, size limit, expiry. Refused uploads leave no file behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentUploadResponse } from '../../../shared/relay-api';
import { basicAuthorization, call, registerAccount } from './support/relay-client';
import type { TestDevice } from './support/relay-client';
import { startTestRelay, TestClock } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

const LIMIT = 1024 * 1024;
let harness: TestRelay;
let alice: TestDevice;
const clock = new TestClock();

beforeAll(async () => {
  harness = await startTestRelay({
    clock: clock.read,
    config: { maxAttachmentBytes: LIMIT, attachmentTtlMs: 60_000 },
  });
  alice = await registerAccount(harness.url, 'alice');
});

afterAll(async () => {
  await harness.dispose();
});

async function storedBlobs(): Promise<Array<string>> {
  const dir = path.join(harness.dataDir, 'attachments');
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** A body sent in chunks without Content-Length, as a client streaming a large file would. */
function chunked(total: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) {
        controller.close();
        return;
      }
      const size = Math.min(chunk, total - sent);
      sent += size;
      controller.enqueue(randomBytes(size));
    },
  });
}

type UploadBody = NonNullable<RequestInit['body']>;

function upload(body: UploadBody, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL('/v1/attachments', harness.url), {
    method: 'POST',
    headers: {
      authorization: basicAuthorization(alice.login, alice.password),
      'content-type': 'application/octet-stream',
      ...headers,
    },
    body,
    duplex: 'half',
  });
}

describe('attachments', () => {
  it('round-trip a blob byte for byte, downloadable without credentials', async () => {
    const blob = randomBytes(LIMIT);
    const result = await upload(blob);
    expect(result.status).toBe(200);
    const { id, size } = (await result.json()) as AttachmentUploadResponse;
    expect(size).toBe(LIMIT);
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const download = await fetch(new URL(`/v1/attachments/${id}`, harness.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-length')).toBe(String(LIMIT));
    const body = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(createHash('sha256').update(blob).digest('hex'));
  });

  it('accept a streamed upload without Content-Length', async () => {
    const result = await upload(chunked(300 * 1024));
    expect(result.status).toBe(200);
    expect(((await result.json()) as AttachmentUploadResponse).size).toBe(300 * 1024);
  });

  it('refuse a declared oversize upload with 413 before reading it', async () => {
    const before = await storedBlobs();
    const result = await upload(randomBytes(LIMIT + 1));
    expect(result.status).toBe(413);
    expect(await storedBlobs()).toEqual(before);
  });

  it('refuse a streamed upload that grows past the limit with 413, keeping nothing', async () => {
    const before = await storedBlobs();
    let status: number | undefined;
    try {
      status = (await upload(chunked(LIMIT + 256 * 1024))).status;
    } catch {
      // The relay may close the connection before the client finished sending.
      status = 413;
    }
    expect(status).toBe(413);
    await expect.poll(storedBlobs).toEqual(before);
  });

  it('require credentials to upload and application/octet-stream', async () => {
    const anonymous = await fetch(new URL('/v1/attachments', harness.url), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: randomBytes(10),
    });
    expect(anonymous.status).toBe(401);
    const json = await alice.call('POST', '/v1/attachments', { json: { data: 'x' } });
    expect(json.status).toBe(415);
  });

  it('answer 404 for unknown or malformed ids', async () => {
    expect((await call(harness.url, 'GET', `/v1/attachments/${randomBytes(24).toString('base64url')}`)).status).toBe(404);
    expect((await call(harness.url, 'GET', '/v1/attachments/..%2F..%2Frelay.sqlite')).status).toBe(404);
  });

  it('expire: 404 after the time-to-live, and the sweep deletes the file', async () => {
    const result = await upload(randomBytes(1000));
    const { id } = (await result.json()) as AttachmentUploadResponse;
    expect(await storedBlobs()).toContain(id);
    clock.advance(60_001);
    expect((await call(harness.url, 'GET', `/v1/attachments/${id}`)).status).toBe(404);
    await harness.relay.sweep();
    expect(await storedBlobs()).not.toContain(id);
  });
});
