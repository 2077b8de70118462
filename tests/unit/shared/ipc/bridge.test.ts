import { describe, expect, it } from 'vitest';
import { createParleyApi } from '../../../../shared/ipc/bridge';
import type { BridgeTransport } from '../../../../shared/ipc/bridge';
import { services } from '../../../../shared/ipc/contract';
import { IpcError } from '../../../../shared/ipc/errors';
import type { IpcResponse } from '../../../../shared/ipc/errors';
import { IpcRouter } from '../../../../shared/ipc/router';
import { eventChannel } from '../../../../shared/ipc/service';

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
