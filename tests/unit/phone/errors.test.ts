import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../engine/kernel/errors';
import { describeFailure } from '../../../phone/errors';

describe("the phone's words for failures", () => {
  it('words an engine refusal with its parameters, and any other error by its message', () => {
    expect(describeFailure(new EngineError('unknown-handle', { handle: 'nobody' }))).toBe('No Parley account has the handle @nobody');
    expect(describeFailure(new EngineError('message-empty'))).toBe('a message needs text or a file');
    expect(describeFailure(new Error('ENOENT: no such file'))).toBe('ENOENT: no such file');
  });
});
