/**
 * Defines `window.parleyTransport` in a plain browser page served by the browser host:
 * the same transport the Electron preload exposes, carried over the loopback WebSocket.
 */
import { transportGlobalName } from '../../shared/ipc/bridge';
import { FrameClient } from '../../shared/ipc/frames';
import { browserHostSocketPath } from '../../shared/ipc/wire';

/** The frames over the socket; a dropped socket is opened again, with backoff. */
class SocketTransport {
  readonly client = new FrameClient();
  private retryMs = 250;

  constructor(private readonly socketUrl: string) {
    this.connect();
  }

  private connect(): void {
    const socket = new WebSocket(this.socketUrl);
    socket.addEventListener('open', () => {
      this.retryMs = 250;
      this.client.attach((frame) => {
        socket.send(JSON.stringify(frame));
      });
    });
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      let frame: unknown;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      this.client.receive(frame);
    });
    socket.addEventListener('close', () => {
      this.client.detach();
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
    invoke: (channel: string, args: ReadonlyArray<unknown>) => transport.client.invoke(channel, args),
    subscribe: (channel: string, listener: (payload: unknown) => void) => transport.client.subscribe(channel, listener),
  }),
  writable: false,
  configurable: false,
  enumerable: false,
});
