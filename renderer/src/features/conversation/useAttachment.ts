import { useEffect, useState } from 'react';
import type { AttachmentView, TransferChange } from '../../../../shared/ipc/attachments';
import { maxAttachmentChunkBytes } from '../../../../shared/ipc/attachments';
import { base64ToBytes } from './attachmentModel';
import type { ParleyApi } from '../../../../shared/ipc/contract';
import { useApi } from '../../ipc';


/** The attachment as the message showed it, updated live by `onDidChangeTransfer`. */
export function useLiveAttachment(initial: AttachmentView): AttachmentView {
  const { attachments } = useApi();
  const [live, setLive] = useState(initial);
  useEffect(() => {
    setLive(initial);
  }, [initial]);
  useEffect(() => {
    let readyFetch = false;
    return attachments.onDidChangeTransfer((change: TransferChange) => {
      if (change.attachmentId !== initial.id) return;
      setLive((current) => ({
        ...current,
        state: change.state,
        progress: change.progress,
        error: change.error,
      }));
      // Incoming files become readable once downloaded and verified: ask the host rather than guess.
      if (change.state === 'ready' && !readyFetch) {
        readyFetch = true;
        attachments.get(initial.id).then(setLive, () => undefined);
      }
    });
  }, [initial.id]);
  return live;
}

/** Past this, a file is not pulled into memory for display: Save or Open it instead. */
export const maxInMemoryAttachmentBytes = 50 * 1024 * 1024;

/**
 * Decrypted bytes of an available attachment as an object URL, read in bounded
 * ranges and revoked when the component goes away. Nothing is written to disk.
 */
export function useAttachmentUrl(
  attachment: AttachmentView,
  enabled = true,
  maxBytes = maxInMemoryAttachmentBytes,
): { readonly url: string | undefined; readonly failed: boolean } {
  const { attachments } = useApi();
  const [state, setState] = useState<{ url: string | undefined; failed: boolean }>({ url: undefined, failed: false });
  const { id, available, contentType } = attachment;
  const tooLarge = attachment.size > maxBytes;
  useEffect(() => {
    if (tooLarge) {
      setState({ url: undefined, failed: true });
      return undefined;
    }
    if (!available || !enabled) return undefined;
    let live = true;
    let url: string | undefined;
    readAll(attachments, id)
      .then((parts) => {
        if (!live) return;
        url = URL.createObjectURL(new Blob(parts, { type: contentType }));
        setState({ url, failed: false });
      })
      .catch(() => {
        if (live) setState({ url: undefined, failed: true });
      });
    return () => {
      live = false;
      if (url !== undefined) URL.revokeObjectURL(url);
      setState({ url: undefined, failed: false });
    };
  }, [attachments, id, available, contentType, enabled, tooLarge]);
  return state;
}

async function readAll(attachments: ParleyApi['attachments'], id: string): Promise<Array<Uint8Array<ArrayBuffer>>> {
  const parts: Array<Uint8Array<ArrayBuffer>> = [];
  let offset = 0;
  for (;;) {
    const chunk = await attachments.read(id, offset, maxAttachmentChunkBytes);
    const bytes = base64ToBytes(chunk.data);
    parts.push(bytes);
    offset += bytes.length;
    if (offset >= chunk.totalBytes || bytes.length === 0) return parts;
  }
}
