/**
 * The client ends of the relay's WebSockets (docs/protocol/relay.md), with Signal's
 * request/response framing (`WebSocketMessage`):
 *
 * - `DeviceConnection`: this device's authenticated socket. The relay pushes envelopes
 *   as requests; each is answered (acknowledged) only after the handler has committed
 *   it. Reconnects with exponential backoff and jitter, and says why it waits (a code).
 *   It stops for good only when another connection of the same device took over, or
 *   when the relay *proves* the device was removed: a bare 401 never does (issue 10).
 * - `openProvisioningSocket`: the unauthenticated socket a desktop listens on while it
 *   shows its QR code, receiving its address and then one provisioning envelope.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PublicKey, ServerCertificate } from '@signalapp/libsignal-client';
import WebSocket from 'ws';
import type { RawData } from 'ws';
import type { WebSocketRequest, WebSocketResponse } from '../../shared/proto';
import { ProvisioningAddress, WebSocketMessage, WebSocketMessageType } from '../../shared/proto';
import type { DeviceRemovalStatement, DeviceRemovedFacts } from '../../shared/relay-api';
import {
  DEVICE_CHALLENGE_BYTES,
  DEVICE_CHALLENGE_HEADER,
  DeviceRefusalBodySchema,
  deviceRemovedStatement,
  DeviceSocketPaths,
  ONLINE_DELIVERY_HEADER,
  ProvisioningSocketPaths,
  RelayCloseCodes,
  WebSocketPaths,
} from '../../shared/relay-api';
import { every, systemScheduler } from '../kernel/scheduler';
import type { Cancel, Scheduler } from '../kernel/scheduler';
import { RelayUnreachableError } from './errors';
import { NamedError } from '../../shared/domain/named-error';

export class SocketClosedError extends NamedError {
  constructor(readonly code: number) {
    super(`The relay socket closed (${String(code)}).`);
  }
}

/** How the relay delivered one envelope, as its deliver request says. */
export interface EnvelopeDelivery {
  /**
   * Sent online-only: never stored at the relay, so never delivered again. Only the relay
   * says so; a receiver must not rely on it for anything but skipping its record of the
   * envelope (see ReceivePipeline).
   */
  readonly online: boolean;
}

/** A queued envelope's delivery: pushed from the relay's queue, or fetched from it by the pull endpoint. */
export const queuedDelivery: EnvelopeDelivery = { online: false };

/** Whether a deliver request carries the relay's online-only header (`name:value`, name in any case). */
export function deliveryOf(request: Pick<WebSocketRequest, 'headers'>): EnvelopeDelivery {
  const online = request.headers.some((header) => {
    const colon = header.indexOf(':');
    if (colon < 0) return false;
    return header.slice(0, colon).trim().toLowerCase() === ONLINE_DELIVERY_HEADER && header.slice(colon + 1).trim() === 'true';
  });
  return online ? { online: true } : queuedDelivery;
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

/** Why the device socket is not open and will be tried again (codes; the renderer has the words). */
export type ConnectionWaitReason =
  /** The relay's port refused the TCP connection (nothing listens there). */
  | 'refused'
  /** The relay could not be reached at all (no route, DNS, TLS, reset before the upgrade). */
  | 'unreachable'
  /** The upgrade or a keepalive got no answer in time. */
  | 'timeout'
  /** An open connection closed (`closeCode` says how). */
  | 'closed'
  /** The upgrade was answered with another HTTP status (`status`), e.g. 429 or 503. */
  | 'http-status';

/**
 * Why the relay refused this device's credentials without proving it was removed:
 * what it said (`unknown-device`, `bad-credentials`), `device-removed` with no statement
 * that verifies against the pinned trust root, or a refusal this client cannot read.
 */
export type UnknownToRelayReason = 'unknown-device' | 'bad-credentials' | 'unverified-removal' | 'unrecognised';

export type DeviceConnectionState =
  | { readonly kind: 'connecting'; readonly attempt: number }
  | { readonly kind: 'open' }
  | {
      readonly kind: 'waiting';
      readonly reason: ConnectionWaitReason;
      /** With `http-status`. */
      readonly status?: number;
      /** With `closed`: the WebSocket close code. */
      readonly closeCode?: number;
      /** When the next attempt starts (ms since the epoch); `retryNow()` starts it at once. */
      readonly retryAt: number;
      /** Attempts that failed in a row. */
      readonly attempt: number;
    }
  /**
   * The relay refused these credentials but did not prove this device was removed (a
   * relay restarted on an empty data folder, another process on its port). Nothing
   * follows from it: the connection keeps trying, slowly.
   */
  | { readonly kind: 'unknown-to-relay'; readonly reason: UnknownToRelayReason; readonly retryAt: number }
  /**
   * The relay proved, with a statement signed over this attempt's challenge by a key the
   * pinned trust root certifies, that this device was removed from its account.
   */
  | { readonly kind: 'removed'; readonly removedAt: number }
  /** Another connection of this same device took over. */
  | { readonly kind: 'displaced' }
  | { readonly kind: 'stopped' };

export interface DeviceConnectionOptions {
  readonly relayUrl: string;
  readonly authorization: () => string;
  /** This device, as the relay's removal statement must name it. */
  readonly self: { readonly accountId: string; readonly deviceId: number };
  /** The relay trust root this device pinned (base64 of the public key), if it has one yet. */
  readonly trustRoot: () => string | undefined;
  /** Called for each envelope, in order; resolve once it is committed. Throwing leaves it queued on the relay. */
  readonly onEnvelope: (envelope: Uint8Array, delivery: EnvelopeDelivery) => Promise<void>;
  readonly onQueueEmpty?: () => void;
  readonly onStateChange?: (state: DeviceConnectionState) => void;
  readonly keepaliveMs?: number;
  /** First retry delay (randomised between half and all of it), doubling per failure. */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Retry delay while the relay does not know this device: no reason to knock often. */
  readonly unknownBackoffMs?: number;
  readonly handshakeTimeoutMs?: number;
  readonly now?: () => number;
  /** Where reconnects and keepalives wait (the engine's scheduler; the system's by default). I/O deadlines stay on the socket. */
  readonly scheduler?: Scheduler;
}

/** A refusal body is small; a peer that sends more is not a relay this client understands. */
const maxRefusalBodyBytes = 16 * 1024;
const refusalBodyTimeoutMs = 5_000;

type Outcome =
  | { readonly kind: 'wait'; readonly reason: ConnectionWaitReason; readonly status?: number; readonly closeCode?: number; readonly atLeastMs?: number }
  | { readonly kind: 'unknown-to-relay'; readonly reason: UnknownToRelayReason }
  | { readonly kind: 'removed'; readonly removedAt: number }
  | { readonly kind: 'displaced' };

export class DeviceConnection {
  private socket: FramedSocket | undefined;
  /** Failed attempts in a row; 0 once a socket opened. */
  private failures = 0;
  private attempts = 0;
  private stopped = true;
  private cancelRetry: Cancel | undefined;
  private cancelKeepalive: Cancel | undefined;
  private current: DeviceConnectionState = { kind: 'stopped' };
  private readonly now: () => number;
  private readonly scheduler: Scheduler;

  constructor(private readonly options: DeviceConnectionOptions) {
    this.now = options.now ?? Date.now;
    this.scheduler = options.scheduler ?? systemScheduler;
  }

  get state(): DeviceConnectionState {
    return this.current;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  /**
   * "Retry now": starts the next attempt at once while waiting (or while the relay does
   * not know this device). Does nothing while connecting, open, stopped or after a verdict.
   */
  retryNow(): void {
    if (this.stopped) return;
    if (this.current.kind !== 'waiting' && this.current.kind !== 'unknown-to-relay') return;
    this.cancelRetry?.();
    this.connect();
  }

  /** Closes the socket and stops reconnecting; resolves once closed. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelRetry?.();
    this.cancelKeepalive?.();
    const socket = this.socket?.socket;
    this.socket = undefined;
    if (socket !== undefined && socket.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => {
          resolve();
        });
        if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
        else socket.close(RelayCloseCodes.normal);
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
    this.attempts++;
    this.setState({ kind: 'connecting', attempt: this.attempts });
    // Fresh per attempt: a removal statement signed over it cannot be replayed later.
    const challenge = randomBytes(DEVICE_CHALLENGE_BYTES).toString('base64');
    const ws = new WebSocket(socketUrl(this.options.relayUrl, WebSocketPaths.device), {
      headers: { authorization: this.options.authorization(), [DEVICE_CHALLENGE_HEADER]: challenge },
      perMessageDeflate: false,
      handshakeTimeout: this.options.handshakeTimeoutMs ?? 10_000,
    });
    let opened = false;
    let settled = false;
    let lastError: NodeJS.ErrnoException | undefined;
    let keepaliveFailed = false;
    /** Each attempt ends exactly once, whichever of its events comes first. */
    const settle = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      this.cancelKeepalive?.();
      if (this.socket?.socket === ws) this.socket = undefined;
      if (!this.stopped) this.after(outcome);
    };
    let refusing = false;
    ws.on('unexpected-response', (_request, response) => {
      // The attempt ends with what the refusal says; the close that terminate() causes changes nothing.
      refusing = true;
      const end = (outcome: Outcome): void => {
        ws.terminate();
        settle(outcome);
      };
      this.readRefusal(response, challenge).then(end, () => {
        end({ kind: 'wait', reason: 'http-status', status: response.statusCode ?? 0 });
      });
    });
    ws.on('error', (error: NodeJS.ErrnoException) => {
      // 'close' (or 'unexpected-response') follows and decides what happens next.
      lastError = error;
    });
    ws.on('open', () => {
      opened = true;
      this.failures = 0;
      this.setState({ kind: 'open' });
      const keepaliveMs = this.options.keepaliveMs ?? 30_000;
      this.cancelKeepalive = every(this.scheduler, keepaliveMs, () => {
        this.socket?.request('GET', DeviceSocketPaths.keepalive, 10_000).catch(() => {
          // A relay that stops answering is treated as gone.
          keepaliveFailed = true;
          ws.terminate();
        });
      });
    });
    ws.on('close', (code: number) => {
      if (refusing) return;
      if (code === RelayCloseCodes.displaced) settle({ kind: 'displaced' });
      else if (opened) settle({ kind: 'wait', reason: keepaliveFailed ? 'timeout' : 'closed', closeCode: code });
      else settle({ kind: 'wait', reason: failureReason(lastError) });
    });
    this.socket = new FramedSocket(ws, async (request) => {
      if (request.path === DeviceSocketPaths.deliver && request.verb === 'PUT') {
        if (request.body === null) return { status: 400 };
        await this.options.onEnvelope(request.body, deliveryOf(request));
        return { status: 200 };
      }
      if (request.path === DeviceSocketPaths.queueEmpty) {
        this.options.onQueueEmpty?.();
        return { status: 200 };
      }
      return { status: 404 };
    });
  }

  /**
   * What a refused upgrade means. Only a removal statement that names this device, is
   * signed over this attempt's challenge and chains to the pinned trust root is
   * `removed`; any other 401 or 403 leaves the device merely unknown to this relay.
   */
  private async readRefusal(response: IncomingMessage, challenge: string): Promise<Outcome> {
    const status = response.statusCode ?? 0;
    const retryAfter = Number(response.headers['retry-after']);
    if (status !== 401 && status !== 403) {
      response.resume();
      return {
        kind: 'wait',
        reason: 'http-status',
        status,
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { atLeastMs: retryAfter * 1_000 } : {}),
      };
    }
    const parsed = DeviceRefusalBodySchema.safeParse(await readJsonBody(response));
    if (!parsed.success) return { kind: 'unknown-to-relay', reason: 'unrecognised' };
    const body = parsed.data;
    switch (body.reason) {
      case 'unknown-device':
      case 'bad-credentials':
        return { kind: 'unknown-to-relay', reason: body.reason };
      case 'device-removed': {
        const removedAt = body.removal?.removedAt;
        const proven =
          body.removal !== undefined &&
          removedAt !== undefined &&
          verifyRemovalStatement(body.removal, { challenge, ...this.options.self, removedAt }, this.options.trustRoot());
        return proven ? { kind: 'removed', removedAt } : { kind: 'unknown-to-relay', reason: 'unverified-removal' };
      }
    }
  }

  private after(outcome: Outcome): void {
    switch (outcome.kind) {
      case 'removed':
        this.finish({ kind: 'removed', removedAt: outcome.removedAt });
        return;
      case 'displaced':
        this.finish({ kind: 'displaced' });
        return;
      case 'unknown-to-relay': {
        this.failures++;
        const delay = this.options.unknownBackoffMs ?? 60_000;
        this.schedule(delay, { kind: 'unknown-to-relay', reason: outcome.reason, retryAt: this.now() + delay });
        return;
      }
      case 'wait': {
        this.failures++;
        const ceiling = Math.min(this.options.maxBackoffMs ?? 30_000, (this.options.initialBackoffMs ?? 1_000) * 2 ** Math.min(this.failures - 1, 10));
        // Full jitter between half and all of the ceiling, so many clients do not reconnect in step.
        const delay = Math.max(Math.round(ceiling / 2 + (Math.random() * ceiling) / 2), Math.min(outcome.atLeastMs ?? 0, 5 * 60_000));
        this.schedule(delay, {
          kind: 'waiting',
          reason: outcome.reason,
          ...(outcome.status === undefined ? {} : { status: outcome.status }),
          ...(outcome.closeCode === undefined ? {} : { closeCode: outcome.closeCode }),
          retryAt: this.now() + delay,
          attempt: this.failures,
        });
        return;
      }
    }
  }

  private schedule(delay: number, state: DeviceConnectionState): void {
    this.setState(state);
    this.cancelRetry?.();
    this.cancelRetry = this.scheduler.after(delay, () => {
      this.cancelRetry = undefined;
      this.connect();
    });
  }

  private finish(state: DeviceConnectionState): void {
    this.stopped = true;
    this.cancelRetry?.();
    this.setState(state);
  }
}

function failureReason(error: NodeJS.ErrnoException | undefined): ConnectionWaitReason {
  if (error?.code === 'ECONNREFUSED') return 'refused';
  // ws reports its handshake timeout as a plain Error with this message.
  if (error?.code === 'ETIMEDOUT' || (error?.message.includes('handshake has timed out') ?? false)) return 'timeout';
  return 'unreachable';
}

/** Reads a small JSON body, or undefined when it is not JSON, too large or too slow. */
function readJsonBody(response: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Array<Buffer> = [];
    let total = 0;
    const timer = setTimeout(() => {
      response.destroy();
      resolve(undefined);
    }, refusalBodyTimeoutMs);
    response.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxRefusalBodyBytes) {
        clearTimeout(timer);
        response.destroy();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
    response.on('error', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/**
 * Whether the relay's statement proves that this device was removed: the server
 * certificate is signed by the pinned trust root, and its key signed exactly these facts.
 * Without a pinned root nothing can be proven.
 */
export function verifyRemovalStatement(
  removal: DeviceRemovalStatement,
  facts: DeviceRemovedFacts,
  pinnedTrustRoot: string | undefined,
): boolean {
  if (pinnedTrustRoot === undefined) return false;
  try {
    const root = PublicKey.deserialize(Uint8Array.from(Buffer.from(pinnedTrustRoot, 'base64')));
    const certificate = ServerCertificate.deserialize(Uint8Array.from(Buffer.from(removal.serverCertificate, 'base64')));
    if (!root.verify(certificate.certificateData(), certificate.signature())) return false;
    const statement = deviceRemovedStatement(facts);
    return certificate.key().verify(statement, Uint8Array.from(Buffer.from(removal.signature, 'base64')));
  } catch {
    // Bytes that do not even parse prove nothing.
    return false;
  }
}

export class ProvisioningExpiredError extends NamedError {
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
