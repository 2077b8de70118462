/**
 * The client ends of the relay's WebSockets (docs/protocol/relay.md), with Signal's
 * request/response framing (`WebSocketMessage`):
 *
 * - `DeviceConnection`: this device's authenticated socket. The relay pushes envelopes
 *   as requests; each is answered (acknowledged) only after the handler has committed
 *   it. Reconnects with exponential backoff and jitter; stops for good when the device
 *   was removed or another connection of the same device took over.
 * - `openProvisioningSocket`: the unauthenticated socket a desktop listens on while it
 *   shows its QR code, receiving its address and then one provisioning envelope.
 */
import WebSocket from 'ws';
import type { RawData } from 'ws';
import type { WebSocketRequest, WebSocketResponse } from '../../proto';
import { ProvisioningAddress, WebSocketMessage, WebSocketMessageType } from '../../proto';
import { DeviceSocketPaths, ProvisioningSocketPaths, RelayCloseCodes, WebSocketPaths } from '../../relay-api';
import { RelayUnreachableError } from './errors';

export class SocketClosedError extends Error {
  override readonly name = 'SocketClosedError';
  constructor(readonly code: number) {
    super(`The relay socket closed (${String(code)}).`);
  }
}

export interface IncomingRequestResult {
  readonly status: number;
  readonly body?: Uint8Array;
}

/** Framing over one open socket: outgoing requests matched to responses, incoming requests answered in order. */
class FramedSocket {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: WebSocketResponse) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  /** Incoming requests are handled one at a time, in arrival order: the queue is ordered. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: WebSocket,
    private readonly onRequest: (request: WebSocketRequest) => Promise<IncomingRequestResult>,
  ) {
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) return;
      this.onMessage(data);
    });
    socket.on('close', (code: number) => {
      for (const [id, entry] of this.pending) {
        clearTimeout(entry.timer);
        entry.reject(new SocketClosedError(code));
        this.pending.delete(id);
      }
    });
  }

  request(verb: string, path: string, timeoutMs: number): Promise<WebSocketResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`The relay did not answer ${path} in time.`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.send(
        WebSocketMessage.encode({ type: WebSocketMessageType.REQUEST, request: { verb, path, id, headers: [] } }).finish(),
      );
    });
  }

  private onMessage(data: RawData): void {
    let message: WebSocketMessage;
    try {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer);
      message = WebSocketMessage.decode(bytes);
    } catch {
      this.socket.close(1002, 'malformed frame');
      return;
    }
    if (message.type === WebSocketMessageType.RESPONSE && message.response) {
      const id = message.response.id;
      const entry = this.pending.get(id);
      if (entry === undefined) return;
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.resolve(message.response);
      return;
    }
    if (message.type === WebSocketMessageType.REQUEST && message.request) {
      const request = message.request;
      this.chain = this.chain.then(async () => {
        let result: IncomingRequestResult;
        try {
          result = await this.onRequest(request);
        } catch {
          // Not acknowledged: the relay keeps the envelope and redelivers it.
          result = { status: 500 };
        }
        if (this.socket.readyState !== WebSocket.OPEN) return;
        this.socket.send(
          WebSocketMessage.encode({
            type: WebSocketMessageType.RESPONSE,
            response: { id: request.id, status: result.status, message: result.status === 200 ? 'OK' : 'Error', headers: [], body: result.body ?? null },
          }).finish(),
        );
      });
    }
  }
}

function socketUrl(relayUrl: string, path: string): string {
  const url = new URL(path, relayUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export type DeviceConnectionState =
  | { readonly kind: 'connecting'; readonly attempt: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'waiting'; readonly retryInMs: number; readonly reason: string }
  /** The relay no longer accepts this device's credentials: it was unlinked. */
  | { readonly kind: 'removed' }
  /** Another connection of this same device took over. */
  | { readonly kind: 'displaced' }
  | { readonly kind: 'stopped' };

export interface DeviceConnectionOptions {
  readonly relayUrl: string;
  readonly authorization: () => string;
  /** Called for each envelope, in order; resolve once it is committed. Throwing leaves it queued on the relay. */
  readonly onEnvelope: (envelope: Uint8Array) => Promise<void>;
  readonly onQueueEmpty?: () => void;
  readonly onStateChange?: (state: DeviceConnectionState) => void;
  readonly keepaliveMs?: number;
  readonly maxBackoffMs?: number;
}

export class DeviceConnection {
  private socket: FramedSocket | undefined;
  private attempt = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private keepaliveTimer: NodeJS.Timeout | undefined;
  private current: DeviceConnectionState = { kind: 'stopped' };

  constructor(private readonly options: DeviceConnectionOptions) {}

  get state(): DeviceConnectionState {
    return this.current;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Closes the socket and stops reconnecting; resolves once closed. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.keepaliveTimer);
    const socket = this.socket?.socket;
    this.socket = undefined;
    if (socket !== undefined && socket.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => {
          resolve();
        });
        socket.close(RelayCloseCodes.normal);
        setTimeout(() => {
          socket.terminate();
        }, 2_000).unref();
      });
    }
    this.setState({ kind: 'stopped' });
  }

  private setState(state: DeviceConnectionState): void {
    this.current = state;
    this.options.onStateChange?.(state);
  }

  private connect(): void {
    if (this.stopped) return;
    this.attempt++;
    this.setState({ kind: 'connecting', attempt: this.attempt });
    const ws = new WebSocket(socketUrl(this.options.relayUrl, WebSocketPaths.device), {
      headers: { authorization: this.options.authorization() },
      perMessageDeflate: false,
      handshakeTimeout: 10_000,
    });
    let opened = false;
    ws.on('unexpected-response', (_request, response) => {
      const status = response.statusCode ?? 0;
      response.resume();
      ws.terminate();
      if (status === 401 || status === 403) this.finish({ kind: 'removed' });
      else this.retry(`the relay answered ${String(status)}`);
    });
    ws.on('error', () => {
      // 'close' (or 'unexpected-response') follows and decides what happens next.
    });
    ws.on('open', () => {
      opened = true;
      this.attempt = 0;
      this.setState({ kind: 'open' });
      const keepaliveMs = this.options.keepaliveMs ?? 30_000;
      this.keepaliveTimer = setInterval(() => {
        this.socket?.request('GET', DeviceSocketPaths.keepalive, 10_000).catch(() => {
          // A relay that stops answering is treated as gone.
          ws.terminate();
        });
      }, keepaliveMs);
      this.keepaliveTimer.unref();
    });
    ws.on('close', (code: number) => {
      clearInterval(this.keepaliveTimer);
      if (this.stopped) return;
      if (code === RelayCloseCodes.deviceRemoved) this.finish({ kind: 'removed' });
      else if (code === RelayCloseCodes.displaced) this.finish({ kind: 'displaced' });
      else if (this.current.kind !== 'removed' && this.current.kind !== 'waiting') {
        this.retry(opened ? `the connection closed (${String(code)})` : 'the relay cannot be reached');
      }
    });
    this.socket = new FramedSocket(ws, async (request) => {
      if (request.path === DeviceSocketPaths.deliver && request.verb === 'PUT') {
        if (request.body === null) return { status: 400 };
        await this.options.onEnvelope(request.body);
        return { status: 200 };
      }
      if (request.path === DeviceSocketPaths.queueEmpty) {
        this.options.onQueueEmpty?.();
        return { status: 200 };
      }
      return { status: 404 };
    });
  }

  private finish(state: DeviceConnectionState): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.setState(state);
  }

  private retry(reason: string): void {
    if (this.stopped) return;
    const ceiling = Math.min(this.options.maxBackoffMs ?? 30_000, 500 * 2 ** Math.min(this.attempt, 10));
    // Full jitter between half and all of the ceiling, so many clients do not reconnect in step.
    const retryInMs = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
    this.setState({ kind: 'waiting', retryInMs, reason });
    this.retryTimer = setTimeout(() => {
      this.connect();
    }, retryInMs);
    this.retryTimer.unref();
  }
}

export class ProvisioningExpiredError extends Error {
  override readonly name = 'ProvisioningExpiredError';
  constructor() {
    super('The linking code expired before a phone used it.');
  }
}

export interface ProvisioningSocket {
  /** The unguessable address to put in the QR code. */
  readonly address: string;
  /** Settles with the one envelope a phone sends, or fails when the address expires. */
  readonly envelope: Promise<Uint8Array>;
  close(): void;
}

export function openProvisioningSocket(relayUrl: string): Promise<ProvisioningSocket> {
  return new Promise((resolveSocket, rejectSocket) => {
    const ws = new WebSocket(socketUrl(relayUrl, WebSocketPaths.provisioning), { perMessageDeflate: false, handshakeTimeout: 10_000 });
    let resolveEnvelope: (bytes: Uint8Array) => void = () => undefined;
    let rejectEnvelope: (error: Error) => void = () => undefined;
    const envelope = new Promise<Uint8Array>((resolve, reject) => {
      resolveEnvelope = resolve;
      rejectEnvelope = reject;
    });
    // Callers may not await the envelope (e.g. after an early close); never leave it unhandled.
    envelope.catch(() => undefined);
    let gotAddress = false;
    ws.on('error', (error) => {
      if (!gotAddress) rejectSocket(new RelayUnreachableError(relayUrl, error));
    });
    ws.on('unexpected-response', (_request, response) => {
      response.resume();
      rejectSocket(new RelayUnreachableError(relayUrl));
    });
    ws.on('close', (code: number) => {
      const error = code === RelayCloseCodes.provisioningExpired ? new ProvisioningExpiredError() : new SocketClosedError(code);
      if (!gotAddress) rejectSocket(error);
      rejectEnvelope(error);
    });
    new FramedSocket(ws, (request) => {
      if (request.path === ProvisioningSocketPaths.address && request.body) {
        const { address } = ProvisioningAddress.decode(request.body);
        gotAddress = true;
        resolveSocket({
          address,
          envelope,
          close: () => {
            ws.close(RelayCloseCodes.normal);
          },
        });
        return Promise.resolve({ status: 200 });
      }
      if (request.path === ProvisioningSocketPaths.message && request.body) {
        resolveEnvelope(Uint8Array.from(request.body));
        return Promise.resolve({ status: 200 });
      }
      return Promise.resolve({ status: 404 });
    });
  });
}
