/**
 * The IPC contract as frames over any link that carries messages both ways: the browser
 * host's loopback WebSocket (JSON text) and the MessagePorts between Electron's window
 * and the host's utility process (structured clones). Both ends check every frame, and
 * the client half keeps the preload's policy: only the contract's channels, every answer
 * checked against the response schema, and a call in flight when the link goes gets a
 * DISCONNECTED answer instead of hanging.
 */
import type { BridgeTransport } from './bridge';
import { contractChannels } from './bridge';
import type { IpcResponse } from './errors';
import type { IpcRouter } from './router';
import type { Disposer } from './service';
import type { ClientFrame, HostFrame } from './wire';
import { clientFrameSchema, hostFrameSchema } from './wire';

const disconnected: IpcResponse = { ok: false, error: { code: 'DISCONNECTED', message: 'Lost the connection to Parley.' } };

/**
 * The page's half: a `BridgeTransport` whose frames go out through whatever link is
 * attached. Calls made while no link is attached wait for the next one.
 */
export class FrameClient implements BridgeTransport {
  private readonly channels = contractChannels();
  private send: ((frame: ClientFrame) => void) | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (response: IpcResponse) => void>();
  private readonly queued: Array<ClientFrame> = [];
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  /** A link is up: queued calls go out through it, in order. */
  attach(send: (frame: ClientFrame) => void): void {
    this.send = send;
    for (const frame of this.queued.splice(0)) send(frame);
  }

  /** The link went: calls in flight are answered DISCONNECTED; new ones wait for the next link. */
  detach(): void {
    this.send = undefined;
    for (const [id, resolve] of this.pending) {
      this.pending.delete(id);
      resolve(disconnected);
    }
  }

  /** A frame from the host; one that does not match the wire schema is dropped. */
  receive(raw: unknown): void {
    const parsed = hostFrameSchema.safeParse(raw);
    if (!parsed.success) return;
    const frame = parsed.data;
    if (frame.type === 'result') {
      const resolve = this.pending.get(frame.id);
      this.pending.delete(frame.id);
      resolve?.(frame.response);
      return;
    }
    if (!this.channels.events.has(frame.channel)) return;
    for (const listener of this.listeners.get(frame.channel) ?? []) listener(frame.payload);
  }

  invoke(channel: string, args: ReadonlyArray<unknown>): Promise<IpcResponse> {
    if (typeof channel !== 'string' || !this.channels.methods.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'No such IPC method.' } });
    }
    if (!Array.isArray(args)) return Promise.resolve({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Arguments must be a list.' } });
    const id = this.nextId++;
    const frame: ClientFrame = { type: 'invoke', id, channel, args: [...(args as Array<unknown>)] };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      if (this.send === undefined) this.queued.push(frame);
      else this.send(frame);
    });
  }

  subscribe(channel: string, listener: (payload: unknown) => void): Disposer {
    if (typeof channel !== 'string' || !this.channels.events.has(channel) || typeof listener !== 'function') return () => undefined;
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
}

export interface FrameServer {
  /**
   * A frame from the page. Returns false for one that is not a frame of the contract's
   * wire schema: the caller drops that link (a page that sends garbage is not ours).
   */
  receive(raw: unknown): boolean;
}

/**
 * The host's half for one link: each call is answered through `send` once the router
 * has it; events reach every link through the router's event sinks, added by the host.
 */
export function serveFrames(router: IpcRouter, send: (frame: HostFrame) => void, onUnexpected: (error: unknown, channel: string) => void): FrameServer {
  return {
    receive(raw) {
      const parsed = clientFrameSchema.safeParse(raw);
      if (!parsed.success) return false;
      const { id, channel, args } = parsed.data;
      router.invoke(channel, args).then(
        (response) => {
          send({ type: 'result', id, response });
        },
        (error: unknown) => {
          onUnexpected(error, channel);
        },
      );
      return true;
    },
  };
}
