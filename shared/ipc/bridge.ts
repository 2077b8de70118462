/**
 * Renderer-facing half of the contract: builds the `window.parley` object from the
 * service specs over any transport (Electron's ipcRenderer or the browser host's
 * WebSocket), so both hosts expose exactly the same API.
 */
import type { IpcResponse } from './errors';
import { IpcError } from './errors';
import type { ParleyApi } from './contract';
import { services } from './contract';
import type { Disposer } from './service';
import { eventChannel, methodChannel } from './service';

export interface BridgeTransport {
  invoke(channel: string, args: ReadonlyArray<unknown>): Promise<IpcResponse>;
  subscribe(channel: string, listener: (payload: unknown) => void): Disposer;
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
