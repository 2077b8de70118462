/**
 * Decrypted bytes of an attachment as a Blob URL for <img>. The host hands them over
 * in bounded chunks; the URL lives only as long as the component that shows it.
 */
import { useEffect, useState } from 'react';
import { maxAttachmentChunkBytes } from '../../../shared/ipc/attachments';
import type { AttachmentView } from '../../../shared/ipc/attachments';
import { createClient } from '../ipc';

const attachments = createClient('attachments');

/** Thumbnails stop here: a grid of huge photos would hold their bytes in memory for nothing. */
const maxThumbnailSourceBytes = 12 * 1024 * 1024;

function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function readAttachment(attachment: AttachmentView, signal: { readonly cancelled: boolean }): Promise<Blob | undefined> {
  const parts: Array<Uint8Array<ArrayBuffer>> = [];
  let offset = 0;
  let total = attachment.size;
  while (offset < total) {
    const chunk = await attachments.read(attachment.id, offset, Math.min(maxAttachmentChunkBytes, total - offset));
    if (signal.cancelled) return undefined;
    const bytes = base64ToBytes(chunk.data);
    if (bytes.length === 0) break;
    parts.push(bytes);
    offset += bytes.length;
    total = chunk.totalBytes;
  }
  return new Blob(parts, { type: attachment.contentType });
}

export function useAttachmentUrl(attachment: AttachmentView): string | undefined {
  const [url, setUrl] = useState<string>();
  const readable = attachment.available && attachment.size <= maxThumbnailSourceBytes;
  useEffect(() => {
    if (!readable) return undefined;
    const signal = { cancelled: false };
    let created: string | undefined;
    readAttachment(attachment, signal).then(
      (blob) => {
        if (blob === undefined || signal.cancelled) return;
        created = URL.createObjectURL(blob);
        setUrl(created);
      },
      () => undefined,
    );
    return () => {
      signal.cancelled = true;
      if (created !== undefined) URL.revokeObjectURL(created);
      setUrl(undefined);
    };
    // The id names the bytes; other fields (progress) change without changing them.
  }, [attachment.id, readable]);
  return url;
}
