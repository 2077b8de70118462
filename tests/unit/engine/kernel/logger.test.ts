import { describe, expect, it } from 'vitest';
import type { LogFields } from '../../../../engine/kernel/logger';
import { inBackground, redactingLogger, redactValue } from '../../../../engine/kernel/logger';

function capture(): { readonly lines: Array<{ level: string; fields: LogFields; message: string }>; readonly sink: Parameters<typeof redactingLogger>[0] } {
  const lines: Array<{ level: string; fields: LogFields; message: string }> = [];
  const at = (level: string) => (fields: LogFields, message: string) => lines.push({ level, fields, message });
  return { lines, sink: { warn: at('warn'), error: at('error'), info: at('info'), debug: at('debug') } };
}

describe('the redacting logger', () => {
  it('logs an error as its name, code and message, never its other properties', () => {
    const error = Object.assign(new Error('SQLITE_CORRUPT'), { code: 'SQLITE_CORRUPT', key: new Uint8Array(32).fill(7) });
    expect(redactValue(error)).toEqual({ name: 'Error', message: 'SQLITE_CORRUPT', code: 'SQLITE_CORRUPT' });
  });

  it('replaces bytes by their length and secret-named fields by a marker, at any depth', () => {
    const { lines, sink } = capture();
    redactingLogger(sink).warn(
      { event: 'x', identityKey: new Uint8Array(33), nested: { body: 'hello', blob: new Uint8Array(5), items: [{ password: 'p' }] } },
      'message',
    );
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'message',
        fields: { event: 'x', identityKey: '[redacted]', nested: { body: '[redacted]', blob: '[5 bytes]', items: [{ password: '[redacted]' }] } },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('hello');
  });

  it('writes error lines to warn when the sink has no error level', () => {
    const lines: Array<string> = [];
    redactingLogger({ warn: (_fields, message) => lines.push(message) }).error({}, 'bad');
    expect(lines).toEqual(['bad']);
  });
});

describe('inBackground', () => {
  it('logs a rejection with its event name instead of swallowing it', async () => {
    const { lines, sink } = capture();
    inBackground(redactingLogger(sink), 'key-maintenance-failed', Promise.reject(new Error('relay down')), { attempt: 2 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([
      { level: 'warn', message: 'background work failed', fields: { attempt: 2, event: 'key-maintenance-failed', error: { name: 'Error', message: 'relay down' } } },
    ]);
  });

  it('logs work that throws before it returns a promise', () => {
    const { lines, sink } = capture();
    inBackground(redactingLogger(sink), 'start-failed', () => {
      throw new Error('at once');
    });
    expect(lines.map((line) => line.fields['event'])).toEqual(['start-failed']);
  });

  it('logs nothing for work that succeeds', async () => {
    const { lines, sink } = capture();
    inBackground(redactingLogger(sink), 'fine', Promise.resolve(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([]);
  });
});
