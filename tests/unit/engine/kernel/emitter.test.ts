import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../../engine/kernel/emitter';

describe('Emitter', () => {
  it('reports a throwing listener and still calls the ones after it, without throwing at the emitter', () => {
    const failures: Array<[string, unknown]> = [];
    const emitter = new Emitter<{ changed: number }>((event, error) => failures.push([event, error]));
    const seen: Array<number> = [];
    emitter.on('changed', () => {
      throw new Error('listener bug');
    });
    emitter.on('changed', (value) => seen.push(value));
    expect(() => {
      emitter.emit('changed', 7);
    }).not.toThrow();
    expect(seen).toEqual([7]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.[0]).toBe('changed');
    expect((failures[0]?.[1] as Error).message).toBe('listener bug');
  });

  it('lets a listener dispose itself while the event is delivered', () => {
    const emitter = new Emitter<{ changed: undefined }>();
    const calls: Array<string> = [];
    const disposeFirst = emitter.on('changed', () => {
      calls.push('first');
      disposeFirst();
    });
    emitter.on('changed', () => calls.push('second'));
    emitter.emit('changed', undefined);
    emitter.emit('changed', undefined);
    expect(calls).toEqual(['first', 'second', 'second']);
  });
});
