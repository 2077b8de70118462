/** How the CLI prints messages and their files, one line each. */
import type { AttachmentRecord } from '../engine/attachments';
import type { Message } from '../engine/store';
import type { CustomerEvent } from './customers';
import { formatBytes } from '../shared/domain/format';

function kindOf(record: AttachmentRecord): string {
  if (record.voiceNote) return 'voice note';
  const [type] = record.contentType.split('/');
  if (type === 'image' || type === 'audio' || type === 'video') return type;
  return 'document';
}

function stateOf(record: AttachmentRecord): string | undefined {
  switch (record.state) {
    case 'ready':
    case 'staged':
    case 'pending-upload':
    case 'uploading':
      return undefined;
    case 'pending-download':
      return 'not downloaded';
    case 'downloading':
      return 'downloading';
    case 'failed':
      return 'failed';
    case 'cancelled':
      return 'cancelled';
    case 'awaiting-phone':
      return 'coming from the phone';
    case 'not-on-device':
      return 'not on this device';
  }
}

/** `[image photo.jpg 1.2 MB]`, `[voice note 0:04 12 KB, not downloaded]`. */
export function describeAttachment(record: AttachmentRecord): string {
  const parts = [kindOf(record)];
  if (record.fileName !== null) parts.push(record.fileName);
  if (record.voiceNote && record.durationMs !== null) {
    const seconds = Math.round(record.durationMs / 1000);
    parts.push(`${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`);
  }
  parts.push(formatBytes(record.size));
  const state = stateOf(record);
  return `[${parts.join(' ')}${state === undefined ? '' : `, ${state}`}]`;
}

/** One inbox or chat line: time, who, text (or what happened) and the files. */
export function formatMessageLine(message: Message, attachments: ReadonlyArray<AttachmentRecord>, myAccountId: string): string {
  const who = message.senderAccountId === myAccountId ? 'me' : 'them';
  const when = new Date(message.sentAt).toISOString().replace('T', ' ').slice(0, 19);
  let body: string;
  if (message.kind !== 'text') body = `⚠ ${message.errorText ?? message.errorCode ?? message.kind}`;
  else if (message.deletedForEveryone) body = '(deleted)';
  else {
    const text = [
      message.quote === null ? '' : `> ${message.quote.text} | `,
      message.body ?? '',
      message.editedAt === null ? '' : ' (edited)',
    ].join('');
    body = [text, ...attachments.map(describeAttachment)].filter((part) => part !== '').join(' ');
  }
  const failure = message.status === 'failed' && message.errorCode !== null ? `: ${message.errorCode}` : '';
  const ticks = who === 'me' && message.kind === 'text' ? ` [${message.status}${failure}]` : '';
  return `  ${when} ${who}: ${body}${ticks}`;
}

/**
 * One line of `customers`: the customer's handle (padded to `width` so columns line up),
 * what happened, and for a message the same line as `inbox` prints.
 */
export function formatCustomerEvent(event: Exclude<CustomerEvent, { readonly kind: 'problem' }>, width: number): string {
  const who = event.handle.padEnd(width);
  switch (event.kind) {
    case 'registered':
      return `${who} registered, profile name “${event.profileName}”`;
    case 'reused':
      return `${who} uses its account from an earlier run`;
    case 'registration-delayed':
      return `${who} the relay takes only a few new accounts a minute: registering again in ${String(Math.round(event.waitMs / 1000))} s`;
    case 'sent':
    case 'received':
      return `${who} ${event.kind.padEnd(8)}${formatMessageLine(event.message, event.attachments, event.me)}`;
  }
}
