/**
 * Renderer-facing half of the contract: builds the renderer's typed API from the
 * service specs over any transport (the frames of shared/ipc/frames.ts, over Electron's
 * MessagePort or the browser host's WebSocket), so both hosts expose exactly the same API.
 */
import type { IpcResponse } from './errors';
import { IpcError } from './errors';
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
