/**
 * One `Connection` per WebSocket: protobuf request/response framing (WebSocketMessage),
 * a pending map that matches responses to request ids and fails every open request when
 * the socket closes, and a ping/pong heartbeat that drops a peer which stops answering.
 */
import type { Logger } from 'pino';
import type { RawData, WebSocket } from 'ws';
import type { WebSocketRequest, WebSocketResponse, WebSocketResponseFields } from '../../shared/proto';
import { WebSocketMessage, WebSocketMessageType } from '../../shared/proto';
import { NamedError } from '../../shared/domain/named-error';

export class ConnectionClosedError extends NamedError {
  constructor() {
    super('The WebSocket closed before the peer answered.');
  }
}

export class RequestTimeoutError extends NamedError {
  constructor(readonly path: string) {
    super(`The peer did not answer ${path} in time.`);
  }
}

/** Answers a request the peer made; return the response fields (id is filled in). */
export type RequestHandler = (request: WebSocketRequest) => Omit<WebSocketResponseFields, 'id'>;

export interface ConnectionOptions {
  readonly heartbeatMs: number;
  readonly requestTimeoutMs: number;
  readonly logger: Logger;
  readonly onRequest?: RequestHandler;
  /** How long a closing handshake may take before the socket is cut. */
  readonly closeGraceMs?: number;
}

interface Pending {
  readonly resolve: (response: WebSocketResponse) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class Connection {
  private nextRequestId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly closeListeners = new Set<(code: number) => void>();
  private readonly heartbeat: NodeJS.Timeout;
  private alive = true;
  private closedWith: number | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly options: ConnectionOptions,
  ) {
    socket.on('message', (data, isBinary) => {
      this.alive = true;
      this.onMessage(data, isBinary);
    });
    socket.on('pong', () => {
      this.alive = true;
    });
    socket.on('close', (code) => {
      this.onClosed(code);
    });
    socket.on('error', (error) => {
      // 'close' follows; the error itself (e.g. a frame over maxPayload) is only worth a debug line.
      options.logger.debug({ err: { message: error.message } }, 'socket error');
    });
    this.heartbeat = setInterval(() => {
      if (!this.alive) {
        socket.terminate();
        return;
      }
      this.alive = false;
      socket.ping();
    }, options.heartbeatMs);
    this.heartbeat.unref();
  }

  get isOpen(): boolean {
    return this.closedWith === undefined && this.socket.readyState === this.socket.OPEN;
  }

  /** Sends a request and resolves with the peer's response (any status). */
  request(verb: string, path: string, body?: Uint8Array, headers: ReadonlyArray<string> = []): Promise<WebSocketResponse> {
    if (!this.isOpen) return Promise.reject(new ConnectionClosedError());
    const id = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RequestTimeoutError(path));
      }, this.options.requestTimeoutMs);
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      const frame = WebSocketMessage.encode({
        type: WebSocketMessageType.REQUEST,
        request: { id, verb, path, headers: [...headers], ...(body === undefined ? {} : { body }) },
      }).finish();
      this.socket.send(frame, { binary: true }, (error) => {
        // ws reports success as null or undefined, whatever its types say.
        if (!(error instanceof Error)) return;
        const entry = this.pending.get(id);
        if (entry === undefined) return;
        this.pending.delete(id);
        clearTimeout(entry.timer);
        entry.reject(new ConnectionClosedError());
      });
    });
  }

  /** Sends a request without waiting for (or expecting) an answer, then runs `sent`. */
  notify(verb: string, path: string, body: Uint8Array | undefined, sent?: (error?: Error) => void): void {
    if (!this.isOpen) {
      sent?.(new ConnectionClosedError());
      return;
    }
    const frame = WebSocketMessage.encode({
      type: WebSocketMessageType.REQUEST,
      request: { id: this.nextRequestId++, verb, path, headers: [], ...(body === undefined ? {} : { body }) },
    }).finish();
    this.socket.send(frame, { binary: true }, (error) => {
      sent?.(error instanceof Error ? error : undefined);
    });
  }

  onClose(listener: (code: number) => void): () => void {
    if (this.closedWith !== undefined) {
      listener(this.closedWith);
      return () => undefined;
    }
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /** Starts the closing handshake; cuts the socket if the peer does not finish it. */
  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.CLOSED) return;
    this.socket.close(code, reason);
    const cut = setTimeout(() => {
      this.socket.terminate();
    }, this.options.closeGraceMs ?? 2_000);
    cut.unref();
    this.onClose(() => {
      clearTimeout(cut);
    });
  }

  /** Resolves once the socket is fully closed. */
  whenClosed(): Promise<void> {
    return new Promise((resolve) => {
      this.onClose(() => {
        resolve();
      });
    });
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (!isBinary) {
      this.close(1003, 'binary frames only');
      return;
    }
    let message: WebSocketMessage;
    try {
      message = WebSocketMessage.decode(
        Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data,
      );
    } catch {
      this.close(1007, 'not a WebSocketMessage');
      return;
    }
    if (message.type === WebSocketMessageType.RESPONSE && message.response != null) {
      const entry = this.pending.get(message.response.id);
      if (entry === undefined) return;
      this.pending.delete(message.response.id);
      clearTimeout(entry.timer);
      entry.resolve(message.response);
      return;
    }
    if (message.type === WebSocketMessageType.REQUEST && message.request != null) {
      const request = message.request;
      const response = this.options.onRequest?.(request) ?? { status: 404, message: 'Not Found' };
      const frame = WebSocketMessage.encode({
        type: WebSocketMessageType.RESPONSE,
        response: { ...response, id: request.id },
      }).finish();
      this.socket.send(frame, { binary: true });
      return;
    }
    this.close(1002, 'neither request nor response');
  }

  private onClosed(code: number): void {
    if (this.closedWith !== undefined) return;
    this.closedWith = code;
    clearInterval(this.heartbeat);
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(new ConnectionClosedError());
    }
    this.pending.clear();
    for (const listener of [...this.closeListeners]) listener(code);
    this.closeListeners.clear();
  }
}
