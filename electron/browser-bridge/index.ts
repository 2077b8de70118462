/**
 * Defines `window.parleyTransport` in a plain browser page served by the browser host:
 * the same transport the Electron preload exposes, carried over the loopback WebSocket.
 */
import { transportGlobalName } from '../../shared/ipc/bridge';
import type { BridgeTransport } from '../../shared/ipc/bridge';
import type { IpcResponse } from '../../shared/ipc/errors';
import { browserHostSocketPath, hostFrameSchema } from '../../shared/ipc/wire';
import type { ClientFrame } from '../../shared/ipc/wire';

interface Pending {
  resolve(response: IpcResponse): void;
}

class SocketTransport implements BridgeTransport {
  private socket: WebSocket | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly queue: Array<string> = [];
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private retryMs = 250;

  constructor(private readonly socketUrl: string) {
    this.connect();
  }

  invoke(channel: string, args: ReadonlyArray<unknown>): Promise<IpcResponse> {
    const id = this.nextId++;
    const frame: ClientFrame = { type: 'invoke', id, channel, args: [...args] };
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      const text = JSON.stringify(frame);
      if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(text);
      else this.queue.push(text);
    });
  }

  subscribe(channel: string, listener: (payload: unknown) => void): () => void {
    let set = this.listeners.get(channel);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  private connect(): void {
    const socket = new WebSocket(this.socketUrl);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retryMs = 250;
      for (const text of this.queue.splice(0)) socket.send(text);
    });
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      const parsed = hostFrameSchema.safeParse(JSON.parse(event.data));
      if (!parsed.success) return;
      const frame = parsed.data;
      if (frame.type === 'result') {
        this.pending.get(frame.id)?.resolve(frame.response);
        this.pending.delete(frame.id);
      } else {
        for (const listener of this.listeners.get(frame.channel) ?? []) listener(frame.payload);
      }
    });
    socket.addEventListener('close', () => {
      // Calls in flight cannot be answered any more; say so instead of hanging.
      for (const [id, pending] of this.pending) {
        pending.resolve({ ok: false, error: { code: 'DISCONNECTED', message: 'Lost the connection to Parley.' } });
        this.pending.delete(id);
      }
      setTimeout(() => {
        this.connect();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5_000);
    });
  }
}

const token = new URLSearchParams(window.location.search).get('token') ?? '';
const socketUrl = `ws://${window.location.host}${browserHostSocketPath}?token=${encodeURIComponent(token)}`;
const transport = new SocketTransport(socketUrl);
Object.defineProperty(window, transportGlobalName, {
  value: Object.freeze({
    invoke: (channel: string, args: ReadonlyArray<unknown>) => transport.invoke(channel, args),
    subscribe: (channel: string, listener: (payload: unknown) => void) => transport.subscribe(channel, listener),
  }),
  writable: false,
  configurable: false,
  enumerable: false,
});
