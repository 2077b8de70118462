import { beforeAll, describe, expect, it } from 'vitest';
import { engineErrorCodes } from '../../../../shared/domain/errors';
import { IpcError, refused } from '../../../../shared/ipc/errors';
import { formatBytes } from '../../../../shared/domain/format';
import i18next from 'i18next';
import { addFormats } from '../../../../renderer/src/i18n/formats';
import { en } from '../../../../renderer/src/i18n/en';
import { failureReason, failureText, hostErrorText } from '../../../../renderer/src/i18n/failure';

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  addFormats(i18next);
});

describe('failures in words', () => {
  it('words every engine error code, with its parameters', () => {
    for (const code of engineErrorCodes) {
      const text = hostErrorText(refused(code, { handle: 'x', maxBytes: 200 * 1024 * 1024, received: 6_000, size: 10_000, max: 8, limit: 64_000, failure: 'relay-busy' }));
      expect(text, code).toBeTypeOf('string');
      expect(text, code).not.toBe(`errors.${code}`);
      expect(text, code).not.toContain('{{');
    }
    expect(hostErrorText(refused('unknown-handle', { handle: 'nobody' }))).toBe('No Parley account has the handle @nobody.');
    // Sizes come as numbers and are worded here.
    expect(hostErrorText(refused('attachment-incomplete', { received: 6_000, size: 2 * 1024 * 1024 }))).toBe(
      `Only part of the file arrived (${formatBytes(6_000)} of ${formatBytes(2 * 1024 * 1024)}). Add it again.`,
    );
    // A failed transfer is worded as its row's failure code.
    expect(hostErrorText(refused('attachment-transfer-failed', { failure: 'gone-from-relay' }))).toBe(en.conversation.attachment.failure['gone-from-relay']);
  });

  it('reads the reason of a failure that crossed the IPC boundary as a plain object', () => {
    const crossed = JSON.parse(JSON.stringify({ code: 'INVALID_ARGUMENT', message: 'unknown-handle', reason: 'unknown-handle', params: { handle: 'x' } })) as unknown;
    expect(failureReason(crossed)).toBe('unknown-handle');
    expect(failureReason({ code: 'INVALID_ARGUMENT', reason: 'not-a-code-we-know' })).toBeUndefined();
  });

  it('words a refusal of which only the message (its code) survived', () => {
    expect(hostErrorText({ code: 'INVALID_ARGUMENT', message: 'message-deleted' })).toBe(en.errors['message-deleted']);
  });

  it('never shows the words of an internal, transport or unknown failure, nor a bare code', () => {
    expect(hostErrorText(new IpcError('INTERNAL', 'The desktop host failed to complete the request.'))).toBeUndefined();
    expect(hostErrorText(new IpcError('DISCONNECTED', 'socket closed'))).toBeUndefined();
    expect(hostErrorText('boom')).toBeUndefined();
    expect(hostErrorText(null)).toBeUndefined();
    expect(failureText(new Error('SQLITE_CORRUPT'))).toBe(en.panels.genericError);
  });
});
