/**
 * `npx tsx bench/attachments.ts`: a 100 MB file from the composer to a second device
 * through the real relay and SQLCipher stores, each phase against a limit measured in
 * the same run: the unavoidable work alone (encrypting the bytes in memory, moving the
 * same number of bytes through the relay, decrypting the whole blob). Never asserted.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { startRelay } from '../server/relay';
import { UNLIMITED } from '../server/rate-limit';
import { AttachmentManager } from '../engine/attachments';
import { createAttachmentEncryptor } from '../engine/crypto/attachment-cipher';
import { registerPrimary } from '../engine/compose';
import { InMemoryKeyStore } from '../engine/keychain';
import { RelayHttpClient } from '../engine/relay-client/http';
import { openEncryptedStore, toAccountId, toDeviceId } from '../engine/store';
import type { MessageId, Store } from '../engine/store';
import { relayOf } from '../engine/testing';

const size = Number(process.env['BENCH_ATTACHMENT_BYTES'] ?? 100_000_000);
const chunkSize = 512 * 1024;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

function chunks(source: Buffer): Array<Buffer> {
  const parts: Array<Buffer> = [];
  for (let offset = 0; offset < source.length; offset += chunkSize) parts.push(source.subarray(offset, offset + chunkSize));
  return parts;
}

const discard = (): Writable => new Writable({ write: (_chunk, _encoding, done) => { done(); } });

function message(store: Store, direction: 'incoming' | 'outgoing'): MessageId {
  const peer = toAccountId('b0b00000-0000-4000-8000-000000000002');
  const conversation = store.getOrCreateDirectConversation(peer);
  const result = store.insertMessage({
    conversationId: conversation.id,
    kind: 'text',
    direction,
    senderAccountId: peer,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt: Date.now(),
    receivedAt: Date.now(),
    body: null,
    status: direction === 'incoming' ? 'received' : 'pending',
    errorText: null,
  });
  if (!result.inserted) throw new Error('message not stored');
  return result.id;
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-bench-attachments-'));
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    dataDir: path.join(dir, 'relay'),
    logger: false,
    config: { maxAttachmentBytes: 256 * 1024 * 1024, rateLimits: UNLIMITED },
  });
  const keyStore = new InMemoryKeyStore();
  const aliceStore = await openEncryptedStore({ dataDir: path.join(dir, 'alice'), keyStore, profileId: 'alice' });
  const bobStore = await openEncryptedStore({ dataDir: path.join(dir, 'bob'), keyStore, profileId: 'bob' });
  const engine = await registerPrimary({ store: aliceStore, relayUrl: relay.url, handle: 'alice' });
  const alice = new AttachmentManager({ store: aliceStore, relay: relayOf(engine), dir: path.join(dir, 'alice-files') });
  const bob = new AttachmentManager({ store: bobStore, relay: new RelayHttpClient(relay.url), dir: path.join(dir, 'bob-files') });
  const plaintext = randomBytes(size);
  try {
    const rows: Array<[string, number, number]> = [];

    // Twice: the first pass warms up the JIT and the cipher.
    const encryptInMemory = () =>
      timed(async () => {
        const encryptor = createAttachmentEncryptor();
        await pipeline(Readable.from(chunks(plaintext)), encryptor.stream, discard());
        return encryptor.done;
      });
    await encryptInMemory();
    const encryptOnly = await encryptInMemory();
    const staged = await timed(async () => {
      const stagingId = await alice.beginStaging({
        contentType: 'application/octet-stream',
        fileName: 'big.bin',
        size,
        width: null,
        height: null,
        durationMs: null,
        voiceNote: false,
      });
      for (const part of chunks(plaintext)) await alice.appendStaging(stagingId, part);
      return alice.finishStaging(stagingId);
    });
    rows.push(['stage (encrypt to disk)', staged.ms, encryptOnly.ms]);

    const blob = randomBytes(encryptOnly.value.ciphertextSize);
    const rawUpload = await timed(() => relayOf(engine).uploadAttachment(Readable.from(chunks(blob)), blob.length));
    const outgoing = message(aliceStore, 'outgoing');
    alice.attachToMessage(outgoing, [staged.value.id]);
    const uploaded = await timed(() => alice.uploadForMessage(outgoing));
    rows.push(['upload (verify, stream)', uploaded.ms, rawUpload.ms]);

    // Storing the blob is part of the unavoidable work of a download.
    const rawDownload = await timed(async () => {
      await pipeline(await relayOf(engine).downloadAttachment(rawUpload.value.id), createWriteStream(path.join(dir, 'raw.bin')));
    });
    const [id] = bobStore.transaction(() => bob.recordIncoming(message(bobStore, 'incoming'), uploaded.value));
    if (id === undefined) throw new Error('no attachment recorded');
    const downloaded = await timed(() => bob.download(id));
    rows.push(['download (verify, store)', downloaded.ms, rawDownload.ms]);

    const wholeFile = await timed(() => bob.saveTo(id, path.join(dir, 'saved.bin')));
    const middle = Math.floor(size / 2) + 7;
    const rangeRead = await timed(() => bob.read(id, middle, chunkSize));
    rows.push(['read 512 KiB mid-file', rangeRead.ms, wholeFile.ms]);

    console.log(`attachments: ${(size / 1e6).toFixed(0)} MB (limit = the unavoidable work, measured in this run)`);
    for (const [name, ms, limit] of rows) {
      console.log(`  ${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms   limit ${limit.toFixed(0).padStart(7)} ms   ratio ${(ms / limit).toFixed(2)}`);
    }
    console.log('  (the range read is compared with decrypting the whole file: a ratio far below 1 means ranges stay cheap)');
  } finally {
    await alice.close();
    await bob.close();
    await engine.stop();
    await relay.close();
    aliceStore.close();
    bobStore.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

await main();
