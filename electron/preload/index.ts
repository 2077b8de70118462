/**
 * Electron preload: exposes the IPC transport (plain invoke/subscribe over the
 * contract's channels, shared/ipc/frames.ts) as `window.parleyTransport`, nothing else.
 * The renderer builds the typed API from it. Its frames travel over the MessagePort
 * main hands this window (to the host's utility process); a new port, after the host
 * restarted, replaces the old one and calls in flight are answered DISCONNECTED.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { transportGlobalName } from '../../shared/ipc/bridge';
import { FrameClient } from '../../shared/ipc/frames';
import { hostPortChannel } from '../../shared/ipc/wire';

const client = new FrameClient();
/** The DOM MessagePort's part used here (the preload compiles without the DOM library). */
interface WindowPort {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

let current: WindowPort | undefined;

// Only main sends on this channel (ipcRenderer hears nothing from other pages).
ipcRenderer.on(hostPortChannel, (event) => {
  const port = event.ports[0] as WindowPort | undefined;
  if (port === undefined) return;
  current?.close();
  client.detach();
  current = port;
  port.onmessage = (message) => {
    client.receive(message.data);
  };
  client.attach((frame) => {
    port.postMessage(frame);
  });
});

contextBridge.exposeInMainWorld(transportGlobalName, {
  invoke: (channel: string, args: ReadonlyArray<unknown>) => client.invoke(channel, args),
  subscribe: (channel: string, listener: (payload: unknown) => void) => client.subscribe(channel, listener),
});
