/**
 * Renderer-facing half of the contract: builds the renderer's typed API from the
 * service specs over any transport (Electron's ipcRenderer or the browser host's
 * WebSocket), so both hosts expose exactly the same API.
 */
import type { IpcResponse } from './errors';
import { IpcError, ipcResponseSchema } from './errors';
import type { ParleyApi } from './contract';
import { services } from './contract';
import type { Disposer } from './service';
import { eventChannel, methodChannel } from './service';

/**
 * What a host gives the page: plain requests that resolve to a response object (never a
 * thrown error: one thrown across Electron's contextBridge keeps only its message, so
 * the reason and parameters of a refusal would be lost) and subscriptions. The typed
 * `ParleyApi` is built from it inside the renderer.
 */
export interface BridgeTransport {
  invoke(channel: string, args: ReadonlyArray<unknown>): Promise<IpcResponse>;
  subscribe(channel: string, listener: (payload: unknown) => void): Disposer;
}

/** The one global a host defines on the page. */
export const transportGlobalName = 'parleyTransport';

/** Every method and event channel of the contract, derived from the specs. */
export function contractChannels(): { readonly methods: ReadonlySet<string>; readonly events: ReadonlySet<string> } {
  const methods = new Set<string>();
  const events = new Set<string>();
  for (const spec of Object.values(services)) {
    for (const name of Object.keys(spec.methods)) methods.add(methodChannel(spec.name, name));
    for (const name of Object.keys(spec.events)) events.add(eventChannel(spec.name, name));
  }
  return { methods, events };
}

/** The minimal part of ipcRenderer the preload uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: Array<unknown>): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): void;
}

/**
 * The preload's transport over ipcRenderer: only the contract's channels, every answer
 * checked against the response schema and returned as a plain object. Lives here, free
 * of Electron, so its policy is tested without an Electron binary.
 */
export function createPreloadTransport(ipc: RendererIpc): BridgeTransport {
  const { methods, events } = contractChannels();
  return {
    invoke: async (channel, args) => {
      if (typeof channel !== 'string' || !methods.has(channel)) {
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'No such IPC method.' } };
      }
      if (!Array.isArray(args)) return { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Arguments must be a list.' } };
      const parsed = ipcResponseSchema.safeParse(await ipc.invoke(channel, ...(args as Array<unknown>)));
      return parsed.success ? parsed.data : { ok: false, error: { code: 'INTERNAL', message: 'The desktop host answered out of contract.' } };
    },
    subscribe: (channel, listener) => {
      if (typeof channel !== 'string' || !events.has(channel) || typeof listener !== 'function') return () => undefined;
      const handler = (_event: unknown, payload: unknown): void => {
        listener(payload);
      };
      ipc.on(channel, handler);
      return () => {
        ipc.removeListener(channel, handler);
      };
    },
  };
}

export function createParleyApi(transport: BridgeTransport): ParleyApi {
  const api: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const spec of Object.values(services)) {
    const client: Record<string, unknown> = {};
    for (const methodName of Object.keys(spec.methods)) {
      const channel = methodChannel(spec.name, methodName);
      client[methodName] = async (...args: Array<unknown>): Promise<unknown> => {
        const response = await transport.invoke(channel, args);
        if (!response.ok) throw new IpcError(response.error.code, response.error.message, response.error.reason, response.error.params);
        return response.value;
      };
    }
    for (const eventName of Object.keys(spec.events)) {
      const channel = eventChannel(spec.name, eventName);
      client[eventName] = (listener: (payload: unknown) => void): Disposer =>
        transport.subscribe(channel, listener);
    }
    api[spec.name] = Object.freeze(client);
  }
  return Object.freeze(api) as unknown as ParleyApi;
}
