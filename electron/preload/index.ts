/**
 * Electron preload: exposes the IPC transport (plain invoke/subscribe over the
 * contract's channels, see shared/ipc/bridge.ts) as `window.parleyTransport`, nothing
 * else. The renderer builds the typed API from it. Runs sandboxed, so it only talks to
 * the main process through ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadTransport, transportGlobalName } from '../../shared/ipc/bridge';

const transport = createPreloadTransport({
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on: (channel, listener) => {
    ipcRenderer.on(channel, listener);
  },
  removeListener: (channel, listener) => {
    ipcRenderer.removeListener(channel, listener);
  },
});

contextBridge.exposeInMainWorld(transportGlobalName, {
  invoke: (channel: string, args: ReadonlyArray<unknown>) => transport.invoke(channel, args),
  subscribe: (channel: string, listener: (payload: unknown) => void) => transport.subscribe(channel, listener),
});
