import { describe, expect, it } from 'vitest';
import { textareaFit } from '../../../../../renderer/src/features/conversation/composerModel';
import { knownDurationSeconds, maxDurationProbeBytes, needsDurationProbe, openProblemOf } from '../../../../../renderer/src/features/conversation/attachmentModel';

describe('the composer’s text field', () => {
  it('is as tall as its text plus its borders, so one line shows no scrollbar', () => {
    // 1px borders: scrollHeight (padding and text) leaves them out.
    expect(textareaFit({ scrollHeight: 40, borderHeight: 2, maxHeight: 200 })).toEqual({ height: 42, scrolls: false });
  });

  it('stops growing at its maximum and only then scrolls', () => {
    expect(textareaFit({ scrollHeight: 198, borderHeight: 2, maxHeight: 200 })).toEqual({ height: 200, scrolls: false });
    expect(textareaFit({ scrollHeight: 199, borderHeight: 2, maxHeight: 200 })).toEqual({ height: 200, scrolls: true });
    expect(textareaFit({ scrollHeight: 900, borderHeight: 2, maxHeight: 200 })).toEqual({ height: 200, scrolls: true });
  });
});

describe('voice note lengths', () => {
  it('trusts only a finite, positive media duration (WebM from a recorder says Infinity at first)', () => {
    expect(knownDurationSeconds(3.2)).toBe(3.2);
    expect(knownDurationSeconds(Infinity)).toBeUndefined();
    expect(knownDurationSeconds(Number.NaN)).toBeUndefined();
    expect(knownDurationSeconds(0)).toBeUndefined();
  });

  it('reads a small note’s bytes before playing only when the sender did not give its length', () => {
    const note = { available: true, durationMs: null, size: 40_000 };
    expect(needsDurationProbe(note)).toBe(true);
    expect(needsDurationProbe({ ...note, durationMs: 0 })).toBe(true);
    expect(needsDurationProbe({ ...note, durationMs: 4_000 })).toBe(false);
    expect(needsDurationProbe({ ...note, available: false })).toBe(false);
    expect(needsDurationProbe({ ...note, size: maxDurationProbeBytes + 1 })).toBe(false);
  });
});

describe('why "Open" failed', () => {
  it('tells the opener finding no application from a refusal the host explains and from the rest', () => {
    expect(openProblemOf({ code: 'INVALID_ARGUMENT', message: 'attachment-no-application', reason: 'attachment-no-application' })).toEqual({
      kind: 'no-application',
    });
    expect(openProblemOf({ code: 'INVALID_ARGUMENT', message: 'attachment-not-downloaded', reason: 'attachment-not-downloaded' })).toEqual({
      kind: 'refused',
      reason: 'attachment-not-downloaded',
    });
    // Words from the host are never shown: without a known code it is "other".
    expect(openProblemOf({ code: 'INVALID_ARGUMENT', message: 'Download the file before opening it.' })).toEqual({ kind: 'other' });
    expect(openProblemOf({ code: 'INTERNAL', message: 'anything' })).toEqual({ kind: 'other' });
    expect(openProblemOf({ code: 'DISCONNECTED', message: 'Lost the connection to Parley.' })).toEqual({ kind: 'other' });
    expect(openProblemOf(new Error('anything'))).toEqual({ kind: 'other' });
    expect(openProblemOf(undefined)).toEqual({ kind: 'other' });
  });
});
