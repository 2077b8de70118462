import { describe, expect, it } from 'vitest';
import { contractChannels, createParleyApi, createPreloadTransport } from '../../../../shared/ipc/bridge';
import type { BridgeTransport, RendererIpc } from '../../../../shared/ipc/bridge';
import { services } from '../../../../shared/ipc/contract';
import { IpcError, refused } from '../../../../shared/ipc/errors';
import type { IpcResponse } from '../../../../shared/ipc/errors';
import { IpcRouter } from '../../../../shared/ipc/router';
import { eventChannel, methodChannel } from '../../../../shared/ipc/service';

/** A transport wired straight to a router: what both real transports do, minus the wire. */
function loopback(router: IpcRouter): BridgeTransport & { listeners: Map<string, Set<(payload: unknown) => void>> } {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  router.addEventSink((channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  });
  return {
    listeners,
    invoke: (channel, args): Promise<IpcResponse> => router.invoke(channel, args),
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

describe('createParleyApi', () => {
  it('exposes every method and event of every service in the contract, and nothing else', () => {
    const api = createParleyApi(loopback(new IpcRouter()));
    expect(Object.keys(api).sort()).toEqual(Object.keys(services).sort());
    for (const spec of Object.values(services)) {
      const client = api[spec.name] as unknown as Record<string, unknown>;
      expect(Object.keys(client).sort()).toEqual([...Object.keys(spec.methods), ...Object.keys(spec.events)].sort());
      expect(Object.isFrozen(client)).toBe(true);
    }
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('turns an error response into a thrown IpcError with its code', async () => {
    const api = createParleyApi(loopback(new IpcRouter()));
    // Nothing is registered, so the host answers UNKNOWN_CHANNEL.
    const failure = await api.app.getInfo().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IpcError);
    expect((failure as IpcError).code).toBe('UNKNOWN_CHANNEL');
  });

  it('delivers events to a listener until its disposer is called', () => {
    const router = new IpcRouter();
    let fire: ((payload: { theme: 'dark' }) => void) | undefined;
    router.registerService(services.settings, (emit) => {
      fire = emit.onDidChangeSettings;
      const settings = { theme: 'system' as const, notificationsEnabled: true, notificationPreview: 'name-and-message' as const };
      return {
        get: () => settings,
        setTheme: (theme) => ({ ...settings, theme }),
        setNotifications: ({ enabled, preview }) => ({ ...settings, notificationsEnabled: enabled, notificationPreview: preview }),
      };
    });
    const api = createParleyApi(loopback(router));
    const seen: Array<unknown> = [];
    const dispose = api.settings.onDidChangeSettings((settings) => seen.push(settings.theme));
    fire?.({ theme: 'dark' });
    dispose();
    fire?.({ theme: 'dark' });
    expect(seen).toEqual(['dark']);
    expect(eventChannel('settings', 'onDidChangeSettings')).toBe('parley:settings:onDidChangeSettings');
  });
});

describe('the preload transport', () => {
  /** ipcRenderer's part, wired to a router as Electron's main process does. */
  function fakeIpc(router: IpcRouter): RendererIpc & { readonly invoked: Array<string> } {
    const invoked: Array<string> = [];
    const handlers = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
    router.addEventSink((channel, payload) => {
      for (const handler of handlers.get(channel) ?? []) handler({}, payload);
    });
    return {
      invoked,
      invoke: (channel, ...args) => {
        invoked.push(channel);
        return router.invoke(channel, args);
      },
      on: (channel, listener) => {
        const set = handlers.get(channel) ?? new Set();
        handlers.set(channel, set);
        set.add(listener);
      },
      removeListener: (channel, listener) => {
        handlers.get(channel)?.delete(listener);
      },
    };
  }

  it('carries every channel of the contract and refuses any other before it reaches the main process', async () => {
    const { methods, events } = contractChannels();
    const expected = Object.values(services).reduce((count, spec) => count + Object.keys(spec.methods).length, 0);
    expect(methods.size).toBe(expected);
    expect(events.size).toBe(Object.values(services).reduce((count, spec) => count + Object.keys(spec.events).length, 0));
    const ipc = fakeIpc(new IpcRouter());
    const transport = createPreloadTransport(ipc);
    expect(await transport.invoke('parley:shell.exec', [])).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(ipc.invoked).toEqual([]);
    const dispose = transport.subscribe('parley:anything', () => undefined);
    dispose();
  });

  it("returns a refusal as a plain object that keeps its reason and parameters through the renderer's API", async () => {
    const router = new IpcRouter();
    router.registerService(
      services.chats,
      () => Object.fromEntries(Object.keys(services.chats.methods).map((name) => [name, () => Promise.reject(refused('unknown-handle', { handle: 'nobody' }))])) as never,
    );
    const transport = createPreloadTransport(fakeIpc(router));
    const response = await transport.invoke(methodChannel('chats', 'startChat'), ['nobody']);
    // What crosses contextBridge is this object, structured-cloned: no class, no lost fields.
    expect(JSON.parse(JSON.stringify(response))).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: 'unknown-handle', reason: 'unknown-handle', params: { handle: 'nobody' } },
    });
    const api = createParleyApi(transport);
    await expect(api.chats.startChat('nobody')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'unknown-handle', params: { handle: 'nobody' } });
  });

  it('answers INTERNAL when the main process answers out of contract', async () => {
    const transport = createPreloadTransport({ invoke: () => Promise.resolve({ surprise: true }), on: () => undefined, removeListener: () => undefined });
    expect(await transport.invoke(methodChannel('app', 'getInfo'), [])).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
