import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineErrorCodes } from '../../../../shared/domain/errors';
import { IpcError, refused } from '../../../../shared/ipc/errors';
import { en } from '../../../../renderer/src/i18n/en';
import { failureReason, failureText, hostErrorText } from '../../../../renderer/src/i18n/failure';

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('failures in words', () => {
  it('words every engine error code, with its parameters', () => {
    for (const code of engineErrorCodes) {
      const text = hostErrorText(refused(code, { handle: 'x' }));
      expect(text, code).toBeTypeOf('string');
      expect(text, code).not.toBe(`errors.${code}`);
      expect(text, code).not.toContain('{{');
    }
    expect(hostErrorText(refused('unknown-handle', { handle: 'nobody' }))).toBe('No Parley account has the handle @nobody.');
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
