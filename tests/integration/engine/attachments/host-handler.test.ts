import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  attachmentViewSchema,
  transferChangeSchema,
} from '../../../../shared/ipc/attachments';
import type { TransferChange ,
  attachmentsService} from '../../../../shared/ipc/attachments';
import { IpcError } from '../../../../shared/ipc/errors';
import type { ServiceEmitter, ServiceHandler } from '../../../../shared/ipc/service';
import type { AttachmentId } from '../../../../engine/attachments';
import {
  createAttachmentsHandler,
  downloadsFolderActions,
  toAttachmentView,
} from '../../../../electron/host/services/attachments-handler';
import type { AttachmentFileActions, AttachmentsEngine, AttachmentsSession } from '../../../../electron/host/services/attachments-handler';
import type { AttachmentWorld } from './support';
import { createAttachmentWorld, insertMessage, send } from './support';
import { AttachmentIdSchema } from '../../../../shared/domain/ids';

let world: AttachmentWorld;
beforeEach(async () => {
  world = await createAttachmentWorld();
});
afterEach(async () => {
  await world.cleanup();
});

/** Stands in for DesktopSession: the running engine and its change event. */
class FakeSession implements AttachmentsSession {
  private listeners = new Set<(engine: AttachmentsEngine | undefined) => void>();
  constructor(public engine: AttachmentsEngine | undefined) {}
  on(_event: 'engine', listener: (engine: AttachmentsEngine | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  switchTo(engine: AttachmentsEngine | undefined): void {
    this.engine = engine;
    for (const listener of this.listeners) listener(engine);
  }
}

function setup(who: 'alice' | 'bob', options: { files?: AttachmentFileActions; openedCopyLifetimeMs?: number } = {}) {
  const engine: AttachmentsEngine = {
    attachments: who === 'alice' ? world.alice : world.bob,
  };
  const session = new FakeSession(engine);
  const changes: Array<TransferChange> = [];
  const emit: ServiceEmitter<typeof attachmentsService> = {
    onDidChangeTransfer: (change) => changes.push(transferChangeSchema.parse(change)),
  };
  const handler: ServiceHandler<typeof attachmentsService> = createAttachmentsHandler(session, emit, {
    files: options.files ?? downloadsFolderActions(path.join(world.dir, 'Downloads')),
    ...(options.openedCopyLifetimeMs === undefined ? {} : { openedCopyLifetimeMs: options.openedCopyLifetimeMs }),
  });
  return { session, handler, changes, engine };
}

async function upload(handler: ServiceHandler<typeof attachmentsService>, plaintext: Buffer, fileName = 'notes.txt') {
  const { uploadId } = await handler.beginUpload({
    fileName,
    contentType: 'text/plain',
    size: plaintext.length,
    voiceNote: false,
    width: null,
    height: null,
    durationMs: null,
  });
  for (let offset = 0; offset < plaintext.length; offset += 512 * 1024) {
    await handler.appendUpload(uploadId, plaintext.subarray(offset, offset + 512 * 1024).toString('base64'));
  }
  return attachmentViewSchema.parse(await handler.finishUpload(uploadId));
}

/** Takes a thunk: a handler may throw before it returns a promise. */
async function expectIpcError(call: () => unknown, code: string, message: RegExp): Promise<void> {
  await expect(Promise.resolve().then(call)).rejects.toSatisfy(
    (error: unknown) => error instanceof IpcError && error.code === code && message.test(error.message),
  );
}

describe('the attachments IPC service', () => {
  it('receives a file in base64 chunks and reads ranges back, without key material in any view', async () => {
    const { handler } = setup('alice');
    const plaintext = randomBytes(1_300_000);
    const view = await upload(handler, plaintext);
    expect(view).toMatchObject({ state: 'pending-upload', available: true, size: 1_300_000, fileName: 'notes.txt', messageId: null });
    expect(Object.keys(view)).not.toContain('key');
    expect(JSON.stringify(view)).not.toMatch(/digest|blobId/);
    const { data, totalBytes } = await handler.read(view.id, 524_287, 100);
    expect(totalBytes).toBe(1_300_000);
    expect(Buffer.from(data, 'base64').equals(plaintext.subarray(524_287, 524_387))).toBe(true);
    expect(attachmentViewSchema.parse(await handler.get(view.id))).toEqual(view);
  });

  it('turns the service’s refusals into clear errors', async () => {
    const { handler, session } = setup('alice');
    const { uploadId } = await handler.beginUpload({
      fileName: 'a.txt',
      contentType: 'text/plain',
      size: 10,
      voiceNote: false,
      width: null,
      height: null,
      durationMs: null,
    });
    await expectIpcError(() => handler.appendUpload(uploadId, randomBytes(11).toString('base64')), 'INVALID_ARGUMENT', /^attachment-more-than-announced$/);
    await expectIpcError(() => handler.finishUpload(uploadId), 'INVALID_ARGUMENT', /^attachment-incomplete$/);
    await handler.cancelUpload(uploadId);
    await expectIpcError(() => handler.appendUpload(uploadId, 'AAAA'), 'INVALID_ARGUMENT', /^attachment-staging-unknown$/);
    await expectIpcError(() => handler.get(AttachmentIdSchema.parse('6f0f8a57-34a4-4b4e-9d0c-6a2f5b7e9c11')), 'INVALID_ARGUMENT', /^attachment-not-found$/);
    session.switchTo(undefined);
    await expectIpcError(() => handler.get(AttachmentIdSchema.parse('6f0f8a57-34a4-4b4e-9d0c-6a2f5b7e9c11')), 'INVALID_ARGUMENT', /^not-linked$/);
  });

  it('saves into the downloads folder without replacing files', async () => {
    const { handler } = setup('alice');
    const plaintext = randomBytes(5_000);
    const view = await upload(handler, plaintext, '../../report.pdf');
    const first = await handler.save(view.id);
    const second = await handler.save(view.id);
    const downloads = path.join(world.dir, 'Downloads');
    expect(first.path).toBe(path.join(downloads, 'report.pdf'));
    expect(second.path).toBe(path.join(downloads, 'report (1).pdf'));
    expect((await fs.readFile(second.path ?? '')).equals(plaintext)).toBe(true);
    expect((await fs.readdir(downloads)).sort()).toEqual(['report (1).pdf', 'report.pdf']);
  });

  it('opens a temporary decrypted copy and deletes it later; a missing opener is a clear error', async () => {
    const opened: Array<string> = [];
    const files: AttachmentFileActions = {
      chooseSaveTarget: () => Promise.resolve(null),
      openWithSystem: async (file) => {
        opened.push(file);
        expect((await fs.stat(file)).isFile()).toBe(true);
      },
    };
    const { handler } = setup('alice', { files, openedCopyLifetimeMs: 100 });
    const plaintext = randomBytes(2_000);
    const view = await upload(handler, plaintext);
    expect(await handler.save(view.id)).toEqual({ path: null });
    await handler.open(view.id);
    expect(opened).toHaveLength(1);
    expect((await fs.readFile(opened[0] ?? '')).equals(plaintext)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fs.stat(opened[0] ?? '')).rejects.toThrow();

    const program = await upload(handler, randomBytes(100), 'invoice.pdf.EXE');
    await expectIpcError(() => handler.open(program.id), 'INVALID_ARGUMENT', /^attachment-unsafe-to-open$/);
    expect(opened).toHaveLength(1);

    const failing = setup('alice', {
      files: { ...files, openWithSystem: () => Promise.reject(new Error('spawn xdg-open ENOENT')) },
    });
    await expectIpcError(() => failing.handler.open(view.id), 'INVALID_ARGUMENT', /^attachment-no-application$/);
    expect(await fs.readdir(path.join(world.aliceDir, 'temp'))).toEqual([]);
  });

  it('forwards transfer events from the running engine only', async () => {
    const alice = setup('alice');
    const { messageId } = await send(world, randomBytes(3_000));
    expect(alice.changes.map((change) => change.state)).toContain('uploading');
    expect(alice.changes.at(-1)).toMatchObject({ state: 'ready', progress: 1, messageId });

    // After the session moves to another engine, the old one's events stay out.
    alice.session.switchTo({ attachments: world.bob });
    alice.changes.length = 0;
    await send(world, randomBytes(3_000));
    expect(alice.changes).toEqual([]);
  });

  it('starts a download, reports it, and refuses one that cannot be fetched', async () => {
    const { handler, changes } = setup('bob');
    const { pointers } = await send(world, randomBytes(40_000));
    const ids = world.bobStore.transaction(() => {
      const messageId = insertMessage(world.bobStore, 'incoming');
      return world.bob.recordIncoming(messageId, [...pointers, { ...pointers[0], key: new Uint8Array(3) }]);
    });
    const [good, bad] = ids as [AttachmentId, AttachmentId];
    expect(await handler.download(good)).toMatchObject({ state: 'downloading', available: false });
    const started = Date.now();
    while (changes.at(-1)?.state !== 'ready' && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(attachmentViewSchema.parse(await handler.get(good))).toMatchObject({ state: 'ready', available: true });
    await expectIpcError(() => handler.download(bad), 'INVALID_ARGUMENT', /^attachment-cannot-download$/);
    const badRecord = world.bobStore.getAttachment(bad);
    if (badRecord === undefined) throw new Error('missing');
    expect(attachmentViewSchema.parse(toAttachmentView(badRecord))).toMatchObject({ state: 'failed', available: false });
  });
});
