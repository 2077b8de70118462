/**
 * The `attachments` IPC service over the running engine's attachment service. Bytes
 * cross as base64 in bounded chunks; keys and digests never do. Saving and opening go
 * through `AttachmentFileActions`, so Electron's main process can pass its save dialog
 * and shell while the browser host writes into a downloads folder.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AttachmentView, TransferChange, attachmentsService } from '../../../shared/ipc/attachments';
import { maxAttachmentChunkBytes } from '../../../shared/ipc/attachments';
import { refused } from '../../../shared/ipc/errors';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import { AttachmentError, sanitizeFileName } from '../../../engine/attachments';
import type { AttachmentId, AttachmentRecord, AttachmentService, TransferEvent } from '../../../engine/attachments';
import type { Disposer } from '../../../engine/kernel/emitter';
import { AttachmentIntegrityError } from '../../../engine/crypto/errors';
import { AttachmentIdSchema } from '../../../shared/domain/ids';

/** The slice of a running engine this service needs. */
export interface AttachmentsEngine {
  readonly attachments: AttachmentService;
}

/** The slice of `DesktopSession` this service follows. */
export interface AttachmentsSession {
  readonly engine: AttachmentsEngine | undefined;
  on(event: 'engine', listener: (engine: AttachmentsEngine | undefined) => void): Disposer;
}

/** Where a saved file goes; `abandon` undoes a reservation when the save then fails. */
export interface SaveTarget {
  readonly path: string;
  readonly abandon?: () => Promise<void>;
}

export interface AttachmentFileActions {
  /** Electron: a save dialog. Null when the user cancelled. */
  chooseSaveTarget(suggestedName: string): Promise<SaveTarget | null>;
  /** Opens a (temporary, decrypted) file with the system's default application. */
  openWithSystem(filePath: string): Promise<void>;
}

export interface AttachmentsHandlerOptions {
  readonly files?: AttachmentFileActions;
  /** How long a decrypted copy opened with the system lives before it is deleted. */
  readonly openedCopyLifetimeMs?: number;
}

const defaultOpenedCopyLifetimeMs = 10 * 60 * 1000;

/**
 * Opening these runs a program (or installs one): a contact could send "invoice.pdf.exe".
 * They can still be saved, where the user decides what to do with them.
 */
const executableExtensions: ReadonlySet<string> = new Set([
  '.app', '.appimage', '.apk', '.bat', '.cmd', '.com', '.command', '.cpl', '.deb', '.desktop', '.dmg', '.exe',
  '.hta', '.jar', '.js', '.jse', '.lnk', '.msi', '.msix', '.pif', '.pkg', '.ps1', '.reg', '.rpm', '.scr', '.sh',
  '.url', '.vbe', '.vbs', '.ws', '.wsf',
]);

export function opensAsProgram(fileName: string): boolean {
  return executableExtensions.has(path.extname(fileName).toLowerCase());
}

export function toAttachmentView(record: AttachmentRecord): AttachmentView {
  return {
    id: record.id,
    messageId: record.messageId,
    contentType: record.contentType,
    fileName: record.fileName,
    size: record.size,
    width: positiveOrNull(record.width),
    height: positiveOrNull(record.height),
    durationMs: record.durationMs === null || record.durationMs < 0 ? null : Math.round(record.durationMs),
    voiceNote: record.voiceNote,
    // The renderer does not distinguish a file waiting in the composer from one waiting to upload.
    state: record.state === 'staged' ? 'pending-upload' : record.state,
    progress: Math.min(1, Math.max(0, record.progress)),
    error: record.error,
    available: record.localFile !== null,
  };
}

function toTransferChange(event: TransferEvent): TransferChange {
  return {
    attachmentId: event.attachmentId,
    conversationId: event.conversationId,
    messageId: event.messageId,
    state: event.state === 'staged' ? 'pending-upload' : event.state,
    progress: Math.min(1, Math.max(0, event.progress)),
    error: event.error,
  };
}

function positiveOrNull(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * The browser host's strategy: saves land in a downloads folder under a name that does
 * not replace an existing file ("report (1).pdf"); opening uses the desktop's opener.
 */
export function downloadsFolderActions(
  downloadsDir: string = process.env['PARLEY_DOWNLOADS_DIR'] ?? path.join(os.homedir(), 'Downloads'),
): AttachmentFileActions {
  return {
    chooseSaveTarget: async (suggestedName) => {
      await fs.mkdir(downloadsDir, { recursive: true });
      const target = await reserveFileName(downloadsDir, suggestedName);
      return { path: target, abandon: () => fs.rm(target, { force: true }) };
    },
    openWithSystem,
  };
}

/**
 * Creates an empty file under the first free name, so two saves at once cannot pick the
 * same one; the save then renames the decrypted file over it.
 */
export async function reserveFileName(dir: string, fileName: string): Promise<string> {
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const candidate = path.join(dir, attempt === 0 ? fileName : `${stem} (${String(attempt)})${extension}`);
    try {
      const handle = await fs.open(candidate, 'wx', 0o600);
      await handle.close();
      return candidate;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  throw refused('download-names-exhausted');
}

/** The platform's opener, started detached; rejects if there is none or it says nothing opens the file. */
export function openWithSystem(filePath: string): Promise<void> {
  // explorer.exe rather than `cmd /c start`: no shell parses the (contact-chosen) file name.
  // Its exit code means nothing (it is 1 on success too); open's and xdg-open's do.
  if (process.platform === 'win32') return runOpener('explorer.exe', [filePath], { exitCodeCounts: false });
  return runOpener(process.platform === 'darwin' ? 'open' : 'xdg-open', [filePath], { exitCodeCounts: true });
}

/** How long an opener may take to say that nothing opens the file before it counts as started. */
const openerVerdictMs = 3_000;

/**
 * Runs an opener detached. xdg-open and open hand the file over and exit 0, or exit
 * non-zero at once when no application takes it ("no method available"): that must
 * reach the user, not be lost after the start (issue 10, item 16). An opener still
 * running after a few seconds is the application itself: it counts as opened.
 */
export function runOpener(command: string, args: ReadonlyArray<string>, options: { readonly exitCodeCounts: boolean }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const settle = (failure?: Error): void => {
      clearTimeout(timer);
      child.removeAllListeners();
      child.unref();
      if (failure === undefined) resolve();
      else reject(failure);
    };
    child.once('error', settle);
    child.once('spawn', () => {
      if (!options.exitCodeCounts) {
        settle();
        return;
      }
      timer = setTimeout(settle, openerVerdictMs);
      timer.unref();
    });
    child.once('exit', (code, signal) => {
      if (!options.exitCodeCounts || code === 0) settle();
      else settle(new Error(`the opener exited with ${signal ?? String(code)}`));
    });
  });
}

export function createAttachmentsHandler(
  session: AttachmentsSession,
  emit: ServiceEmitter<typeof attachmentsService>,
  options: AttachmentsHandlerOptions = {},
): ServiceHandler<typeof attachmentsService> {
  const files = options.files ?? downloadsFolderActions();
  const lifetimeMs = options.openedCopyLifetimeMs ?? defaultOpenedCopyLifetimeMs;
  /** Decrypted copies handed to the system opener, deleted on a timer or when the engine goes. */
  const openedCopies = new Set<() => Promise<void>>();

  const linked = (): AttachmentsEngine => {
    const engine = session.engine;
    if (engine === undefined) throw refused('not-linked');
    return engine;
  };
  const recordOf = (engine: AttachmentsEngine, id: AttachmentId): AttachmentRecord => {
    const record = engine.attachments.get(id);
    if (record === undefined) throw refused('attachment-not-found');
    return record;
  };
  const viewOf = (engine: AttachmentsEngine, id: AttachmentId): AttachmentView => toAttachmentView(recordOf(engine, id));

  // Follow the running engine: its transfer events become ours.
  let unsubscribe: Disposer | undefined;
  const attach = (engine: AttachmentsEngine | undefined): void => {
    unsubscribe?.();
    unsubscribe = engine?.attachments.onTransfer((event) => {
      emit.onDidChangeTransfer(toTransferChange(event));
    });
    for (const dispose of [...openedCopies]) runAndForget(dispose());
  };
  session.on('engine', attach);
  attach(session.engine);

  return {
    beginUpload: (request) =>
      withUserErrors(async () => ({ uploadId: await linked().attachments.beginStaging(request) })),
    appendUpload: (uploadId, base64) =>
      withUserErrors(async () => {
        const bytes = Buffer.from(base64, 'base64');
        if (bytes.length > maxAttachmentChunkBytes) throw refused('attachment-chunk-too-large', { maxBytes: maxAttachmentChunkBytes });
        return { receivedBytes: await linked().attachments.appendStaging(uploadId, bytes) };
      }),
    finishUpload: (uploadId) => withUserErrors(async () => toAttachmentView(await linked().attachments.finishStaging(uploadId))),
    cancelUpload: (id) =>
      withUserErrors(async () => {
        const engine = linked();
        const attachmentId = AttachmentIdSchema.safeParse(id);
        const record = attachmentId.success ? engine.attachments.get(attachmentId.data) : undefined;
        // A staging id, or a file not sent yet: drop it. A file of a message: stop its upload.
        if (record === undefined || record.messageId === null) await engine.attachments.discard(id);
        else engine.attachments.cancel(record.id);
        return null;
      }),
    get: (id) => viewOf(linked(), id),
    read: (id, offset, length) =>
      withUserErrors(async () => {
        const { data, totalBytes } = await linked().attachments.read(id, offset, length);
        return { data: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64'), totalBytes };
      }),
    download: (id) => {
      const engine = linked();
      const record = recordOf(engine, id);
      if (record.localFile !== null) return toAttachmentView(record);
      if (record.blobId === null || record.digest === null) {
        throw refused('attachment-cannot-download');
      }
      // The outcome arrives as transfer events and in the row; the call only starts it.
      runAndForget(engine.attachments.download(record.id));
      return { ...toAttachmentView(record), state: 'downloading', progress: 0, error: null };
    },
    cancelDownload: (id) => {
      const engine = linked();
      const record = recordOf(engine, id);
      engine.attachments.cancel(record.id);
      return toAttachmentView(record);
    },
    save: (id) =>
      withUserErrors(async () => {
        const engine = linked();
        const record = recordOf(engine, id);
        if (record.localFile === null) throw refused('attachment-not-downloaded');
        const target = await files.chooseSaveTarget(suggestedNameOf(record));
        if (target === null) return { path: null };
        try {
          await engine.attachments.saveTo(record.id, target.path);
        } catch (error) {
          await target.abandon?.();
          throw error;
        }
        return { path: target.path };
      }),
    open: (id) =>
      withUserErrors(async () => {
        const engine = linked();
        const record = recordOf(engine, id);
        if (record.localFile === null) throw refused('attachment-not-downloaded');
        if (opensAsProgram(suggestedNameOf(record))) {
          throw refused('attachment-unsafe-to-open');
        }
        const copy = await engine.attachments.decryptToTemp(record.id);
        const expiry: { timer?: NodeJS.Timeout } = {};
        const dispose = async (): Promise<void> => {
          clearTimeout(expiry.timer);
          openedCopies.delete(dispose);
          await copy.dispose();
        };
        openedCopies.add(dispose);
        try {
          await files.openWithSystem(copy.path);
        } catch {
          await dispose();
          throw refused('attachment-no-application');
        }
        // The opened application reads the file after this returns; it goes once it has had time to.
        expiry.timer = setTimeout(() => {
          runAndForget(dispose());
        }, lifetimeMs);
        expiry.timer.unref();
        return null;
      }),
  };
}

function suggestedNameOf(record: AttachmentRecord): string {
  const name = sanitizeFileName(record.fileName);
  if (name !== null) return name;
  const subtype = record.contentType.split('/')[1] ?? 'bin';
  return `attachment.${/^[a-z0-9]{1,8}$/.test(subtype) ? subtype : 'bin'}`;
}

/** The service's errors carry a code and values; they cross the boundary as a refusal the renderer words. */
async function withUserErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AttachmentError) throw refused(error.code, error.params);
    if (error instanceof AttachmentIntegrityError) throw refused('attachment-transfer-failed', { failure: 'altered' });
    throw error;
  }
}

/** Deliberately not awaited: failures are recorded in the row and sent as transfer events. */
function runAndForget(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}
