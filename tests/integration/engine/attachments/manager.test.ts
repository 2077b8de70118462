import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AttachmentFileDamagedError,
  AttachmentStagingError,
  AttachmentTransferCancelledError,
} from '../../../../engine/attachments';
import type { AttachmentId, TransferEvent } from '../../../../engine/attachments';
import type { AttachmentPointerFields } from '../../../../shared/proto/content';
import type { AttachmentWorld } from './support';
import { createAttachmentWorld, insertMessage, listFiles, metadata, send, stage } from './support';

let world: AttachmentWorld;
beforeEach(async () => {
  world = await createAttachmentWorld();
});
afterEach(async () => {
  await world.cleanup();
});

function receive(pointers: ReadonlyArray<AttachmentPointerFields>): { messageId: ReturnType<typeof insertMessage>; ids: Array<AttachmentId> } {
  return world.bobStore.transaction(() => {
    const messageId = insertMessage(world.bobStore, 'incoming');
    return { messageId, ids: world.bob.recordIncoming(messageId, pointers) };
  });
}

function idAt(ids: ReadonlyArray<AttachmentId>, index: number): AttachmentId {
  const id = ids[index];
  if (id === undefined) throw new Error(`no attachment at ${String(index)}`);
  return id;
}

function collectEvents(manager: AttachmentWorld['alice']): Array<TransferEvent> {
  const events: Array<TransferEvent> = [];
  manager.onTransfer((event) => events.push(event));
  return events;
}

async function readAll(manager: AttachmentWorld['alice'], id: AttachmentId, size: number): Promise<Buffer> {
  const parts: Array<Uint8Array> = [];
  for (let offset = 0; offset < size; offset += 512 * 1024) parts.push((await manager.read(id, offset, 512 * 1024)).data);
  return Buffer.concat(parts);
}

describe('attachments between two devices', () => {
  it('stages, uploads and downloads a file that only ever sits on disk encrypted', async () => {
    const plaintext = Buffer.concat([Buffer.from('PLAINTEXT-MARKER '.repeat(64)), randomBytes(300_000)]);
    const uploads = collectEvents(world.alice);
    const { staged, messageId, pointers } = await send(world, plaintext);
    expect(staged.state).toBe('staged');
    expect(staged.digest?.length).toBe(32);
    expect(pointers).toHaveLength(1);
    const [pointer] = pointers;
    expect(pointer).toMatchObject({ size: plaintext.length, contentType: 'application/pdf', fileName: 'report.pdf', voiceNote: false });
    expect(pointer?.key?.length).toBe(64);
    expect(world.aliceStore.listAttachmentsForMessage(messageId)[0]).toMatchObject({ state: 'ready', progress: 1 });
    expect(uploads.map((event) => event.state)).toContain('uploading');
    expect(uploads.at(-1)).toMatchObject({ state: 'ready', progress: 1, messageId });

    const downloads = collectEvents(world.bob);
    const { ids } = receive(pointers);
    const [id] = ids;
    if (id === undefined) throw new Error('no id');
    expect(world.bobStore.getAttachment(id)).toMatchObject({ state: 'pending-download', direction: 'incoming', localFile: null });
    await world.bob.download(id);
    expect(world.bobStore.getAttachment(id)).toMatchObject({ state: 'ready', progress: 1, error: null });
    expect(downloads.map((event) => event.state)).toEqual(expect.arrayContaining(['downloading', 'ready']));
    expect((await readAll(world.bob, id, plaintext.length)).equals(plaintext)).toBe(true);
    expect((await readAll(world.alice, staged.id, plaintext.length)).equals(plaintext)).toBe(true);

    // Both folders hold one encrypted blob each, private to the user, with no plaintext in it.
    for (const dir of [world.aliceDir, world.bobDir]) {
      const files = await listFiles(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^[0-9a-f]{32}\.bin$/);
      const file = path.join(dir, files[0] ?? '');
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
      expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
      expect((await fs.readFile(file)).includes('PLAINTEXT-MARKER')).toBe(false);
    }
    // The relay keeps the blob for the account's other devices.
    expect((await world.bobRelay.downloadAttachment(pointer?.blobId ?? '')).readable).toBe(true);
  });

  it('reads any range at odd offsets and lengths, across block boundaries, clamped to the true size', async () => {
    const plaintext = randomBytes(100_003);
    const { pointers, staged } = await send(world, plaintext);
    const [id] = receive(pointers).ids;
    if (id === undefined) throw new Error('no id');
    await world.bob.download(id);
    for (const manager of [world.alice, world.bob]) {
      const attachmentId = manager === world.alice ? staged.id : id;
      for (const offset of [0, 1, 15, 16, 17, 31, 32, 33, 4_095, 65_537, 99_990, 100_002]) {
        for (const length of [1, 15, 16, 17, 33, 1_000, 200_000]) {
          const { data, totalBytes } = await manager.read(attachmentId, offset, length);
          expect(totalBytes).toBe(100_003);
          expect(Buffer.from(data).equals(plaintext.subarray(offset, offset + length))).toBe(true);
        }
      }
      expect((await manager.read(attachmentId, 100_003, 10)).data.length).toBe(0);
      expect((await manager.read(attachmentId, 500_000, 10)).data.length).toBe(0);
      await expect(manager.read(attachmentId, -1, 10)).rejects.toMatchObject({ code: 'attachment-read-range' });
    }
  });

  it('refuses more bytes than declared and an early finish, and then still accepts the right bytes', async () => {
    const plaintext = randomBytes(10_000);
    const stagingId = await world.alice.beginStaging(metadata(10_000));
    expect(await world.alice.appendStaging(stagingId, plaintext.subarray(0, 6_000))).toBe(6_000);
    await expect(world.alice.appendStaging(stagingId, randomBytes(4_001))).rejects.toMatchObject({ code: 'attachment-more-than-announced', params: { size: 10_000 } });
    await expect(world.alice.finishStaging(stagingId)).rejects.toMatchObject({ code: 'attachment-incomplete', params: { received: 6_000, size: 10_000 } });
    expect(await world.alice.appendStaging(stagingId, plaintext.subarray(6_000))).toBe(10_000);
    await expect(world.alice.appendStaging(stagingId, Buffer.from([1]))).rejects.toThrow(AttachmentStagingError);
    const record = await world.alice.finishStaging(stagingId);
    expect((await world.alice.read(record.id, 0, 10_000)).data).toEqual(new Uint8Array(plaintext));
    await expect(world.alice.appendStaging(stagingId, Buffer.from([1]))).rejects.toMatchObject({ code: 'attachment-staging-unknown' });
    await expect(world.alice.beginStaging(metadata(201 * 1024 * 1024))).rejects.toMatchObject({ code: 'attachment-too-large', params: { maxBytes: 200 * 1024 * 1024 } });
  });

  it('discards a staging in progress and a staged file, leaving no file behind', async () => {
    const stagingId = await world.alice.beginStaging(metadata(5_000));
    await world.alice.appendStaging(stagingId, randomBytes(2_000));
    await world.alice.discard(stagingId);
    const staged = await stage(world.alice, randomBytes(3_000));
    expect(await listFiles(world.aliceDir)).toHaveLength(1);
    await world.alice.discard(staged.id);
    expect(world.aliceStore.getAttachment(staged.id)).toBeUndefined();
    expect(await listFiles(world.aliceDir)).toEqual([]);
    // Only staged files can be attached.
    const messageId = insertMessage(world.aliceStore, 'outgoing');
    expect(() => {
      world.aliceStore.transaction(() => {
        world.alice.attachToMessage(messageId, [staged.id]);
      });
    }).toThrow(expect.objectContaining({ code: 'attachment-no-longer-staged' }));
  });

  it('records bad pointers as failed rows with a reason, inside the receive transaction, without throwing', async () => {
    const { pointers } = await send(world, randomBytes(2_000));
    const good = pointers[0];
    if (good === undefined) throw new Error('no pointer');
    const { ids } = receive([
      { ...good, key: randomBytes(63) },
      { ...good, digest: new Uint8Array() },
      { ...good, size: 300 * 1024 * 1024 },
      { ...good, blobId: '../../etc/passwd' },
      { ...good, fileName: '../../.ssh/authorized_keys', contentType: 'text/html; charset=utf-8' },
      { ...good, fileName: 'C:\\Windows\\evil\u202e.exe', contentType: 'not a type' },
    ]);
    const rows = ids.map((id) => world.bobStore.getAttachment(id));
    expect(rows.map((row) => row?.state)).toEqual(['failed', 'failed', 'failed', 'failed', 'pending-download', 'pending-download']);
    // Stored as a code the renderer words (why exactly is the pointer check's business: validate.test.ts).
    expect(rows.slice(0, 4).map((row) => row?.error)).toEqual(['invalid-pointer', 'invalid-pointer', 'invalid-pointer', 'invalid-pointer']);
    expect(rows[4]).toMatchObject({ fileName: 'authorized_keys', contentType: 'text/html' });
    expect(rows[5]).toMatchObject({ fileName: 'evil.exe', contentType: 'application/octet-stream' });
    await expect(world.bob.download(idAt(ids, 0))).rejects.toMatchObject({ code: 'attachment-cannot-download' });
    await world.bob.download(idAt(ids, 4));
    expect(world.bobStore.getAttachment(idAt(ids, 4))?.state).toBe('ready');
  });

  it('refuses a blob altered on the relay and keeps nothing of it', async () => {
    const { pointers } = await send(world, randomBytes(50_000));
    const blobPath = path.join(world.dir, 'relay', 'attachments', pointers[0]?.blobId ?? '');
    const blob = await fs.readFile(blobPath);
    blob[100] = (blob[100] ?? 0) ^ 1;
    await fs.writeFile(blobPath, blob);
    const [id] = receive(pointers).ids;
    if (id === undefined) throw new Error('no id');
    await expect(world.bob.download(id)).rejects.toMatchObject({ code: 'attachment-transfer-failed', params: { failure: 'altered' } });
    expect(world.bobStore.getAttachment(id)).toMatchObject({ state: 'failed', error: 'altered', localFile: null });
    expect(await listFiles(world.bobDir)).toEqual([]);
    await expect(world.bob.read(id, 0, 10)).rejects.toMatchObject({ code: 'attachment-not-downloaded' });
  });

  it('refuses a file altered at rest, once per process, and lets it be downloaded again', async () => {
    const plaintext = randomBytes(70_000);
    const { pointers } = await send(world, plaintext);
    const [id] = receive(pointers).ids;
    if (id === undefined) throw new Error('no id');
    await world.bob.download(id);
    const bob = await world.reopen('bob');
    const file = path.join(world.bobDir, world.bobStore.getAttachment(id)?.localFile ?? '');
    const bytes = await fs.readFile(file);
    bytes[40_000] = (bytes[40_000] ?? 0) ^ 0x10;
    await fs.writeFile(file, bytes);
    await expect(bob.read(id, 0, 100)).rejects.toThrow(AttachmentFileDamagedError);
    expect(world.bobStore.getAttachment(id)).toMatchObject({ state: 'failed', localFile: null });
    expect(await listFiles(world.bobDir)).toEqual([]);
    await bob.download(id);
    expect(Buffer.from((await bob.read(id, 39_990, 30)).data).equals(plaintext.subarray(39_990, 40_020))).toBe(true);
  });

  it('refuses to upload a file damaged at rest, instead of sending what the contact would refuse', async () => {
    const staged = await stage(world.alice, randomBytes(30_000));
    const file = path.join(world.aliceDir, staged.localFile ?? '');
    const bytes = await fs.readFile(file);
    bytes[20_000] = (bytes[20_000] ?? 0) ^ 0x04;
    await fs.writeFile(file, bytes);
    const messageId = insertMessage(world.aliceStore, 'outgoing');
    world.alice.attachToMessage(messageId, [staged.id]);
    await expect(world.alice.uploadForMessage(messageId)).rejects.toMatchObject({ code: 'attachment-transfer-failed', params: { failure: 'stored-copy-damaged-add-again' } });
    expect(world.aliceStore.getAttachment(staged.id)).toMatchObject({ state: 'failed', localFile: null, blobId: null });
    expect(await listFiles(world.aliceDir)).toEqual([]);
  });

  it('cancels an upload in flight, then uploads it on the next try', async () => {
    const staged = await stage(world.alice, 24 * 1024 * 1024);
    const messageId = insertMessage(world.aliceStore, 'outgoing');
    world.alice.attachToMessage(messageId, [staged.id]);
    const seen: Array<TransferEvent> = [];
    const stop = world.alice.onTransfer((event) => {
      seen.push(event);
      if (event.state === 'uploading' && event.progress > 0) world.alice.cancel(staged.id);
    });
    await expect(world.alice.uploadForMessage(messageId)).rejects.toThrow(AttachmentTransferCancelledError);
    stop();
    expect(world.aliceStore.getAttachment(staged.id)).toMatchObject({ state: 'cancelled', blobId: null });
    expect(seen.at(-1)?.state).toBe('cancelled');
    expect(seen.filter((event) => event.state === 'uploading').length).toBeGreaterThan(0);
    const retry = await world.alice.uploadForMessage(messageId);
    expect(retry[0]?.size).toBe(24 * 1024 * 1024);
    expect(world.aliceStore.getAttachment(staged.id)?.state).toBe('ready');
  });

  it('never uploads a file twice, even when asked twice at once', async () => {
    const staged = await stage(world.alice, randomBytes(600_000));
    const messageId = insertMessage(world.aliceStore, 'outgoing');
    world.alice.attachToMessage(messageId, [staged.id]);
    const [first, second] = await Promise.all([world.alice.uploadForMessage(messageId), world.alice.uploadForMessage(messageId)]);
    const third = await world.alice.uploadForMessage(messageId);
    expect(second[0]?.blobId).toBe(first[0]?.blobId);
    expect(third[0]?.blobId).toBe(first[0]?.blobId);
    expect(await fs.readdir(path.join(world.dir, 'relay', 'attachments'))).toEqual(expect.arrayContaining([first[0]?.blobId]));
    const blobs = (await fs.readdir(path.join(world.dir, 'relay', 'attachments'))).filter((name) => !name.startsWith('.'));
    expect(blobs).toHaveLength(1);
  });

  it('cancels a download in flight, leaving no partial file, and downloads it on the next try', async () => {
    const { pointers } = await send(world, 24 * 1024 * 1024);
    const [id] = receive(pointers).ids;
    if (id === undefined) throw new Error('no id');
    const stop = world.bob.onTransfer((event) => {
      if (event.state === 'downloading' && event.progress > 0) world.bob.cancel(id);
    });
    await expect(world.bob.download(id)).rejects.toThrow(AttachmentTransferCancelledError);
    expect(world.bobStore.getAttachment(id)).toMatchObject({ state: 'cancelled', localFile: null });
    expect(await listFiles(world.bobDir)).toEqual([]);
    stop();
    await world.bob.download(id);
    expect(world.bobStore.getAttachment(id)?.state).toBe('ready');
  });

  it('downloads images, voice notes and small files by itself; large files wait for the user', async () => {
    const small = await send(world, randomBytes(5_000));
    const image = await send(world, 9 * 1024 * 1024, { contentType: 'image/png', fileName: 'photo.png', width: 640, height: 480 });
    const large = await send(world, 9 * 1024 * 1024);
    const { messageId, ids } = receive([...small.pointers, ...image.pointers, ...large.pointers]);
    world.bob.autoDownload(messageId);
    const state = (id: AttachmentId | undefined): string | undefined => (id === undefined ? undefined : world.bobStore.getAttachment(id)?.state);
    const started = Date.now();
    while ((state(ids[0]) !== 'ready' || state(ids[1]) !== 'ready') && Date.now() - started < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(ids.map(state)).toEqual(['ready', 'ready', 'pending-download']);
    expect(world.bobStore.getAttachment(idAt(ids, 1))).toMatchObject({ width: 640, height: 480, contentType: 'image/png' });
  });

  it('saves and opens decrypted copies only where asked, and deletes temp copies', async () => {
    const plaintext = randomBytes(123_457);
    const staged = await stage(world.alice, plaintext, { fileName: 'notes.txt', contentType: 'text/plain' });
    const target = path.join(world.dir, 'saved.txt');
    await world.alice.saveTo(staged.id, target);
    expect((await fs.readFile(target)).equals(plaintext)).toBe(true);
    expect((await fs.readdir(world.dir)).filter((name) => name.includes('partial'))).toEqual([]);

    const opened = await world.alice.decryptToTemp(staged.id);
    expect(path.basename(opened.path)).toBe('notes.txt');
    expect((await fs.readFile(opened.path)).equals(plaintext)).toBe(true);
    expect((await fs.stat(opened.path)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(opened.path))).mode & 0o777).toBe(0o700);
    await opened.dispose();
    await expect(fs.stat(opened.path)).rejects.toThrow();

    const left = await world.alice.decryptToTemp(staged.id);
    await world.alice.close();
    await expect(fs.stat(left.path)).rejects.toThrow();
    expect(await listFiles(world.aliceDir)).toEqual([staged.localFile]);
  });

  it('removes a message’s rows and files', async () => {
    const { messageId, staged } = await send(world, randomBytes(4_000));
    await world.alice.removeForMessage(messageId);
    expect(world.aliceStore.getAttachment(staged.id)).toBeUndefined();
    expect(await listFiles(world.aliceDir)).toEqual([]);
  });

  it('cleans up at startup: stale staged files, partial files, orphans; resumes interrupted downloads', async () => {
    const fresh = await stage(world.alice, randomBytes(1_000));
    const { pointers } = await send(world, randomBytes(20_000));
    await fs.writeFile(path.join(world.aliceDir, 'deadbeef.partial'), 'x');
    await fs.writeFile(path.join(world.aliceDir, `${'0'.repeat(32)}.bin`), 'orphan');
    const [id] = receive(pointers).ids;
    if (id === undefined) throw new Error('no id');
    // As if the previous run stopped mid-download.
    world.bobStore.updateAttachment(id, { state: 'downloading', progress: 0.5 });

    let alice = await world.reopen('alice');
    await alice.read(fresh.id, 0, 10);
    const aliceFiles = await listFiles(world.aliceDir);
    expect(aliceFiles).toHaveLength(2);
    expect(aliceFiles).toContain(fresh.localFile);
    alice = await world.reopen('alice', { now: () => Date.now() + 2 * 24 * 60 * 60 * 1000 });
    await expect(alice.read(fresh.id, 0, 10)).rejects.toMatchObject({ code: 'attachment-not-found' });
    expect(await listFiles(world.aliceDir)).toHaveLength(1);

    await world.reopen('bob');
    const started = Date.now();
    while (world.bobStore.getAttachment(id)?.state !== 'ready' && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(world.bobStore.getAttachment(id)?.state).toBe('ready');
  });
});
