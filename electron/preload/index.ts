/**
 * Electron preload: exposes exactly the IPC contract as `window.parley`, nothing else.
 * Runs sandboxed, so it only talks to the main process through ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createParleyApi } from '../../shared/ipc/bridge';
import { ipcResponseSchema } from '../../shared/ipc/errors';

const api = createParleyApi({
  invoke: async (channel, args) => ipcResponseSchema.parse(await ipcRenderer.invoke(channel, ...args)),
  subscribe: (channel, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown): void => {
      listener(payload);
    };
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
});

contextBridge.exposeInMainWorld('parley', api);
