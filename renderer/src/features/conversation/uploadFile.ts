/**
 * Streams one file to the host in chunks (`beginUpload` / `appendUpload` / `finishUpload`):
 * never the whole file in one IPC message, with progress and cancel.
 */
import type { AttachmentView, UploadRequest } from '../../../../shared/ipc/attachments';
import { maxAttachmentChunkBytes } from '../../../../shared/ipc/attachments';
import type { ParleyApi } from '../../../../shared/ipc/contract';
import { bytesToBase64, chunkRanges, contentTypeOf } from './attachmentModel';

export class UploadCancelledError extends Error {
  constructor() {
    super('Upload cancelled');
    this.name = 'UploadCancelledError';
  }
}

export interface UploadOptions {
  readonly voiceNote?: boolean;
  readonly durationMs?: number | null;
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

export interface UploadedFile {
  /** Kept to drop the staged file if the user removes it before sending. */
  readonly uploadId: string;
  readonly attachment: AttachmentView;
}

/** `attachments`: the API's attachments service (the component's, from `useApi()`). */
export async function uploadFile(
  attachments: ParleyApi['attachments'],
  file: File | Blob,
  fileName: string | null,
  options: UploadOptions = {},
): Promise<UploadedFile> {
  const contentType = contentTypeOf(file);
  const size = await imageSize(file, contentType);
  const request: UploadRequest = {
    fileName,
    contentType,
    size: file.size,
    voiceNote: options.voiceNote ?? false,
    width: size?.width ?? null,
    height: size?.height ?? null,
    durationMs: options.durationMs ?? null,
  };
  const { uploadId } = await attachments.beginUpload(request);
  try {
    for (const range of chunkRanges(file.size, maxAttachmentChunkBytes)) {
      if (options.signal?.aborted === true) throw new UploadCancelledError();
      const bytes = new Uint8Array(await file.slice(range.offset, range.offset + range.length).arrayBuffer());
      const { receivedBytes } = await attachments.appendUpload(uploadId, bytesToBase64(bytes));
      options.onProgress?.(receivedBytes / file.size);
    }
    if (options.signal?.aborted === true) throw new UploadCancelledError();
    return { uploadId, attachment: await attachments.finishUpload(uploadId) };
  } catch (failure) {
    // Drop what the host staged so a cancelled or broken upload leaves nothing behind.
    attachments.cancelUpload(uploadId).catch(() => undefined);
    throw failure;
  }
}

/** Width and height of an image, read by the browser's decoder before upload; null for other files. */
async function imageSize(file: Blob, contentType: string): Promise<{ width: number; height: number } | null> {
  if (!/^image\/(png|jpeg|gif|webp|avif|bmp)$/i.test(contentType)) return null;
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size.width > 0 && size.height > 0 ? size : null;
  } catch {
    return null;
  }
}
