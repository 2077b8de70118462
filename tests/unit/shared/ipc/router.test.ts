import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { IpcError } from '../../../../shared/ipc/errors';
import { IpcRouter } from '../../../../shared/ipc/router';
import { defineService, eventChannel, methodChannel } from '../../../../shared/ipc/service';

const greeter = defineService({
  name: 'greeter',
  methods: {
    greet: { args: z.tuple([z.string().min(1).max(20)]), result: z.string() },
    fail: { args: z.tuple([]), result: z.string() },
    crash: { args: z.tuple([]), result: z.string() },
    lie: { args: z.tuple([]), result: z.number() },
  },
  events: { onDidGreet: z.object({ name: z.string() }) },
});

function setUp() {
  const router = new IpcRouter();
  const greet = vi.fn((name: string) => `Hello, ${name}`);
  let emit: ((payload: { name: string }) => void) | undefined;
  router.registerService(greeter, (emitter) => {
    emit = emitter.onDidGreet;
    return {
      greet,
      fail: () => {
        throw new IpcError('UNAUTHORIZED', 'Not linked yet.');
      },
      crash: () => {
        throw new Error('secret internal detail');
      },
      // A host bug: returns something the schema does not allow.
      lie: () => 'not a number' as unknown as number,
    };
  });
  return { router, greet, emit: (payload: { name: string }) => emit?.(payload) };
}

describe('IpcRouter', () => {
  it('passes a valid call to the implementation and returns its value', async () => {
    const { router, greet } = setUp();
    await expect(router.invoke(methodChannel('greeter', 'greet'), ['Ada'])).resolves.toEqual({
      ok: true,
      value: 'Hello, Ada',
    });
    expect(greet).toHaveBeenCalledWith('Ada');
  });

  it.each([
    ['a wrong type', [42]],
    ['a missing argument', []],
    ['an extra argument', ['Ada', 'extra']],
    ['a value outside the schema', ['x'.repeat(21)]],
    ['arguments that are not a list', { 0: 'Ada' }],
  ])('rejects %s with INVALID_ARGUMENT before it reaches the implementation', async (_label, args) => {
    const { router, greet } = setUp();
    const response = await router.invoke(methodChannel('greeter', 'greet'), args);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.code).toBe('INVALID_ARGUMENT');
    expect(greet).not.toHaveBeenCalled();
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const { router } = setUp();
    const response = await router.invoke('parley:greeter.nope', []);
    expect(response).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await router.invoke(42, [])).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('carries a typed error from the implementation to the caller', async () => {
    const { router } = setUp();
    expect(await router.invoke(methodChannel('greeter', 'fail'), [])).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Not linked yet.' },
    });
  });

  it('hides the detail of an unexpected failure', async () => {
    const { router } = setUp();
    const response = await router.invoke(methodChannel('greeter', 'crash'), []);
    expect(response).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(response)).not.toContain('secret internal detail');
  });

  it('refuses to send a result that breaks the contract', async () => {
    const { router } = setUp();
    expect(await router.invoke(methodChannel('greeter', 'lie'), [])).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('pushes validated events to every sink until disposed', () => {
    const { router, emit } = setUp();
    const received: Array<[string, unknown]> = [];
    const dispose = router.addEventSink((channel, payload) => received.push([channel, payload]));
    emit({ name: 'Ada' });
    dispose();
    emit({ name: 'Grace' });
    expect(received).toEqual([[eventChannel('greeter', 'onDidGreet'), { name: 'Ada' }]]);
    expect(() => {
      emit({ name: 7 } as unknown as { name: string });
    }).toThrow();
  });

  it('lists every method channel and refuses to register one twice', () => {
    const { router } = setUp();
    expect(router.methodChannels).toContain(methodChannel('greeter', 'greet'));
    expect(() => {
      router.registerService(greeter, () => ({ greet: () => '', fail: () => '', crash: () => '', lie: () => 1 }));
    }).toThrow(/registered twice/);
  });
});
