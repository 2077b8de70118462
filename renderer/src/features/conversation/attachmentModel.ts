/** Attachments as pure data: how each is shown, sizes, durations, chunking and base64. No DOM. */
import type { EngineErrorCode } from '../../../../shared/domain/errors';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import { failureReason } from '../../i18n/failure';

export type AttachmentKind = 'image' | 'voice' | 'audio' | 'video' | 'document';

const inlineImageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);

export function attachmentKind(attachment: Pick<AttachmentView, 'contentType' | 'voiceNote'>): AttachmentKind {
  if (attachment.voiceNote) return 'voice';
  const type = attachment.contentType.toLowerCase();
  // SVG stays a document: it can carry script and is not drawn inline.
  if (inlineImageTypes.has(type)) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  return 'document';
}

export type DocumentIcon = 'pdf' | 'archive' | 'text' | 'sheet' | 'slides' | 'image' | 'audio' | 'video' | 'code' | 'file';

/** The document icon from the extension, else the content type. */
export function documentIcon(fileName: string | null, contentType: string): DocumentIcon {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  const byExtension: Record<string, DocumentIcon> = {
    pdf: 'pdf',
    zip: 'archive',
    gz: 'archive',
    tgz: 'archive',
    '7z': 'archive',
    rar: 'archive',
    tar: 'archive',
    txt: 'text',
    md: 'text',
    rtf: 'text',
    doc: 'text',
    docx: 'text',
    odt: 'text',
    csv: 'sheet',
    xls: 'sheet',
    xlsx: 'sheet',
    ods: 'sheet',
    ppt: 'slides',
    pptx: 'slides',
    odp: 'slides',
    json: 'code',
    js: 'code',
    ts: 'code',
    html: 'code',
    xml: 'code',
    svg: 'image',
  };
  const known = byExtension[extension];
  if (known !== undefined) return known;
  const type = contentType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('text/')) return 'text';
  if (/zip|compressed|tar/.test(type)) return 'archive';
  return 'file';
}

export { formatBytes } from '../../../../shared/domain/format';

/** "0:07", "12:30", "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return hours > 0 ? `${String(hours)}:${pad(minutes)}:${pad(seconds)}` : `${String(minutes)}:${pad(seconds)}`;
}

/** [offset, length) ranges that cover `size` bytes in chunks of at most `chunk`. */
export function chunkRanges(size: number, chunk: number): Array<{ readonly offset: number; readonly length: number }> {
  if (chunk <= 0) throw new RangeError('chunk must be positive');
  const ranges: Array<{ offset: number; length: number }> = [];
  for (let offset = 0; offset < size; offset += chunk) ranges.push({ offset, length: Math.min(chunk, size - offset) });
  return ranges;
}

/** Base64 without Node's Buffer (the renderer has none); chunked so large arrays do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let index = 0; index < bytes.length; index += step) {
    binary += String.fromCharCode(...bytes.subarray(index, index + step));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Displayed box for an image: keeps the aspect ratio within the bubble's limits. */
export function thumbnailBox(
  width: number | null,
  height: number | null,
  limits: { readonly maxWidth: number; readonly maxHeight: number } = { maxWidth: 320, maxHeight: 360 },
): { readonly width: number; readonly height: number } {
  if (width === null || height === null) return { width: limits.maxWidth, height: Math.round(limits.maxWidth * 0.75) };
  const scale = Math.min(1, limits.maxWidth / width, limits.maxHeight / height);
  return { width: Math.max(48, Math.round(width * scale)), height: Math.max(48, Math.round(height * scale)) };
}

/** The upload's content type: the browser's guess, or a safe default for unknown files. */
export function contentTypeOf(file: { readonly type: string }): string {
  return file.type.trim() === '' ? 'application/octet-stream' : file.type;
}

/**
 * A media element's duration when it is really known: WebM from a recorder reports
 * `Infinity` until the element has seen the end, and nothing loaded reports `NaN`.
 */
export function knownDurationSeconds(duration: number): number | undefined {
  return Number.isFinite(duration) && duration > 0 ? duration : undefined;
}

/** Largest voice note read before it is played, only to learn its length when the sender did not say. */
export const maxDurationProbeBytes = 4 * 1024 * 1024;

/** Whether a voice note's length must be read from its bytes: the sender gave none, and it is here and small. */
export function needsDurationProbe(attachment: Pick<AttachmentView, 'available' | 'durationMs' | 'size'>): boolean {
  return attachment.available && (attachment.durationMs === null || attachment.durationMs <= 0) && attachment.size <= maxDurationProbeBytes;
}

/**
 * Why "Open" failed, from the host's typed refusal: no application opens the file (worded
 * with its name), another refusal the renderer words by its code (not downloaded, could
 * run a program), or anything else (the connection, an internal failure).
 */
export type OpenProblem =
  | { readonly kind: 'no-application' }
  | { readonly kind: 'refused'; readonly reason: EngineErrorCode }
  | { readonly kind: 'other' };

export function openProblemOf(failure: unknown): OpenProblem {
  const reason = failureReason(failure);
  if (reason === undefined) return { kind: 'other' };
  return reason === 'attachment-no-application' ? { kind: 'no-application' } : { kind: 'refused', reason };
}
