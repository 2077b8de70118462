/**
 * A minimal client of the relay protocol for tests and the benchmark: HTTP calls with
 * Basic auth, accounts and linked devices with real libsignal keys, and a device socket
 * that decodes pushed envelopes and acknowledges them.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { IdentityKeyPair, KEMKeyPair, PrivateKey } from '@signalapp/libsignal-client';
import WebSocket from 'ws';
import { Envelope, WebSocketMessage, WebSocketMessageType } from '../../../../shared/proto';
import type { WebSocketRequest } from '../../../../shared/proto';
import type {
  AccountId,
  DeviceCreatedResponse,
  DeviceId,
  KemSignedPreKey,
  LinkTokenResponse,
  PreKey,
  SignedPreKey,
} from '../../../../shared/relay-api';
import { DeviceSocketPaths, WebSocketPaths } from '../../../../shared/relay-api';

export interface HttpResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly json?: unknown;
  /** A raw body (sent as-is with the given content type). */
  readonly raw?: string | Uint8Array;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly auth?: TestDevice | { readonly login: string; readonly password: string };
}

export function basicAuthorization(login: string, password: string): string {
  return `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
}

export async function call(baseUrl: string, method: string, path: string, options: RequestOptions = {}): Promise<HttpResult> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | Uint8Array | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/octet-stream';
    body = options.raw;
  }
  if (options.auth !== undefined) headers['authorization'] = basicAuthorization(options.auth.login, options.auth.password);
  const response = await fetch(new URL(path, baseUrl), { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('application/json') && text !== '') parsed = JSON.parse(text);
  return { status: response.status, body: parsed, headers: response.headers };
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** The keys a device publishes, signed by the account identity. */
export interface PublishedKeys {
  readonly registrationId: number;
  readonly signedPreKey: SignedPreKey;
  readonly pqLastResortPreKey: KemSignedPreKey;
  readonly preKeys: Array<PreKey>;
  readonly pqPreKeys: Array<KemSignedPreKey>;
}

export function signedPreKey(identity: IdentityKeyPair, keyId: number): SignedPreKey {
  const publicKey = PrivateKey.generate().getPublicKey().serialize();
  return { keyId, publicKey: b64(publicKey), signature: b64(identity.privateKey.sign(publicKey)) };
}

export function kemPreKey(identity: IdentityKeyPair, keyId: number): KemSignedPreKey {
  const publicKey = KEMKeyPair.generate().getPublicKey().serialize();
  return { keyId, publicKey: b64(publicKey), signature: b64(identity.privateKey.sign(publicKey)) };
}

export function preKey(keyId: number): PreKey {
  return { keyId, publicKey: b64(PrivateKey.generate().getPublicKey().serialize()) };
}

export function makeKeys(identity: IdentityKeyPair, counts: { preKeys?: number; pqPreKeys?: number } = {}): PublishedKeys {
  return {
    registrationId: randomInt(1, 0x3fff),
    signedPreKey: signedPreKey(identity, 1),
    pqLastResortPreKey: kemPreKey(identity, 9_000),
    preKeys: Array.from({ length: counts.preKeys ?? 0 }, (_, index) => preKey(100 + index)),
    pqPreKeys: Array.from({ length: counts.pqPreKeys ?? 0 }, (_, index) => kemPreKey(identity, 200 + index)),
  };
}

/** A 16-byte unidentified-access key (any 16 bytes will do for the relay). */
export function randomAccessKey(): string {
  return b64(randomBytes(16));
}

export class TestDevice {
  constructor(
    readonly baseUrl: string,
    readonly accountId: AccountId,
    readonly deviceId: DeviceId,
    readonly password: string,
    readonly identity: IdentityKeyPair,
    readonly registrationId: number,
  ) {}

  get login(): string {
    return `${this.accountId}.${String(this.deviceId)}`;
  }

  call(method: string, path: string, options: Omit<RequestOptions, 'auth'> = {}): Promise<HttpResult> {
    return call(this.baseUrl, method, path, { ...options, auth: this });
  }

  /** One ciphertext per listed device of `destination`, each `content` random unless given. */
  send(
    destination: AccountId,
    devices: ReadonlyArray<{ readonly deviceId: number; readonly registrationId: number; readonly content?: Uint8Array }>,
    options: { readonly type?: number; readonly timestamp?: number; readonly online?: boolean } = {},
  ): Promise<HttpResult> {
    return this.call('PUT', `/v1/messages/${destination}`, {
      json: {
        timestamp: options.timestamp ?? Date.now(),
        ...(options.online === undefined ? {} : { online: options.online }),
        messages: devices.map((device) => ({
          type: options.type ?? 1,
          destinationDeviceId: device.deviceId,
          destinationRegistrationId: device.registrationId,
          content: b64(device.content ?? randomBytes(48)),
        })),
      },
    });
  }

  connect(options: Partial<SocketOptions> = {}): Promise<TestSocket> {
    return TestSocket.connect(this.baseUrl, { authorization: basicAuthorization(this.login, this.password) }, options);
  }
}

export function newPassword(): string {
  return randomBytes(18).toString('base64');
}

export async function registerAccount(
  baseUrl: string,
  handle: string,
  options: {
    readonly preKeys?: number;
    readonly pqPreKeys?: number;
    readonly unidentifiedAccessKey?: string;
    readonly unrestrictedUnidentifiedAccess?: boolean;
    readonly kind?: 'personal' | 'business';
  } = {},
): Promise<TestDevice> {
  const identity = IdentityKeyPair.generate();
  const keys = makeKeys(identity, options);
  const password = newPassword();
  const result = await call(baseUrl, 'POST', '/v1/accounts', {
    json: {
      handle,
      identityKey: b64(identity.publicKey.serialize()),
      password,
      ...keys,
      ...(options.unidentifiedAccessKey === undefined ? {} : { unidentifiedAccessKey: options.unidentifiedAccessKey }),
      ...(options.unrestrictedUnidentifiedAccess === undefined
        ? {}
        : { unrestrictedUnidentifiedAccess: options.unrestrictedUnidentifiedAccess }),
      ...(options.kind === undefined ? {} : { kind: options.kind }),
    },
  });
  if (result.status !== 200) throw new Error(`registration failed: ${String(result.status)} ${JSON.stringify(result.body)}`);
  const created = result.body as DeviceCreatedResponse;
  return new TestDevice(baseUrl, created.accountId, created.deviceId, password, identity, keys.registrationId);
}

export async function linkToken(primary: TestDevice): Promise<string> {
  const result = await primary.call('GET', '/v1/devices/provisioning/code');
  if (result.status !== 200) throw new Error(`link token failed: ${String(result.status)}`);
  return (result.body as LinkTokenResponse).verificationCode;
}

/** Links a companion that inherited the primary's identity (as after provisioning). */
export async function linkDevice(primary: TestDevice, options: { readonly token?: string } = {}): Promise<TestDevice> {
  const token = options.token ?? (await linkToken(primary));
  const keys = makeKeys(primary.identity, { preKeys: 2, pqPreKeys: 2 });
  const password = newPassword();
  const result = await call(primary.baseUrl, 'PUT', '/v1/devices/link', {
    json: { verificationCode: token, password, ...keys },
  });
  if (result.status !== 200) throw new Error(`link failed: ${String(result.status)} ${JSON.stringify(result.body)}`);
  const created = result.body as DeviceCreatedResponse;
  return new TestDevice(primary.baseUrl, created.accountId, created.deviceId, password, primary.identity, keys.registrationId);
}

export interface SocketOptions {
  /** Status to answer each delivered envelope with; undefined = do not answer. */
  readonly ackStatus: number | undefined;
  /** Answer the relay's ping frames (false simulates a dead peer). */
  readonly autoPong: boolean;
}

export interface Delivered {
  readonly envelope: Envelope;
  readonly requestId: number;
  readonly receivedAt: number;
}

/** The device side of `/v1/websocket`. */
export class TestSocket {
  readonly delivered: Array<Delivered> = [];
  queueEmptyCount = 0;
  closeCode: number | undefined;
  readonly closed: Promise<number>;
  private readonly waiters = new Set<() => void>();
  private nextRequestId = 1_000_000;
  private readonly responses = new Map<number, (status: number) => void>();

  private constructor(
    readonly ws: WebSocket,
    private readonly options: SocketOptions,
  ) {
    this.closed = new Promise((resolve) => {
      ws.on('close', (code) => {
        this.closeCode = code;
        this.wake();
        resolve(code);
      });
    });
    ws.on('message', (data: Buffer) => {
      this.onFrame(data);
    });
  }

  static connect(
    baseUrl: string,
    headers: Readonly<Record<string, string>>,
    options: Partial<SocketOptions> = {},
    path: string = WebSocketPaths.device,
  ): Promise<TestSocket> {
    const url = new URL(path, baseUrl.replace(/^http/, 'ws'));
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers, autoPong: options.autoPong ?? true });
      ws.once('open', () => {
        resolve(new TestSocket(ws, { ackStatus: 200, autoPong: true, ...options }));
      });
      ws.once('unexpected-response', (_request, response) => {
        reject(new UpgradeRefusedError(response.statusCode ?? 0));
        ws.terminate();
      });
      ws.once('error', reject);
    });
  }

  /** Acknowledges a delivered envelope by hand (with ackStatus undefined). */
  ack(delivered: Delivered, status = 200): void {
    this.respond(delivered.requestId, status);
  }

  /** Sends a request to the relay and resolves with the response status. */
  request(verb: string, path: string): Promise<number> {
    const id = this.nextRequestId++;
    return new Promise((resolve) => {
      this.responses.set(id, resolve);
      this.ws.send(
        WebSocketMessage.encode({ type: WebSocketMessageType.REQUEST, request: { id, verb, path, headers: [] } }).finish(),
      );
    });
  }

  /** Resolves once `predicate` holds (checked on every frame and on close). */
  async waitFor(predicate: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 200));
        this.waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitForDelivered(count: number, timeoutMs = 5_000): Promise<void> {
    return this.waitFor(() => this.delivered.length >= count, timeoutMs, `${String(count)} envelopes`);
  }

  close(): Promise<number> {
    if (this.closeCode === undefined) this.ws.close(1000);
    return this.closed;
  }

  private onFrame(data: Buffer): void {
    const message = WebSocketMessage.decode(data);
    if (message.type === WebSocketMessageType.RESPONSE && message.response != null) {
      this.responses.get(message.response.id)?.(message.response.status);
      this.responses.delete(message.response.id);
    } else if (message.type === WebSocketMessageType.REQUEST && message.request != null) {
      this.onRequest(message.request);
    }
    this.wake();
  }

  private onRequest(request: WebSocketRequest): void {
    if (request.path === DeviceSocketPaths.queueEmpty) {
      this.queueEmptyCount += 1;
      return;
    }
    if (request.path === DeviceSocketPaths.deliver && request.body != null) {
      this.delivered.push({ envelope: Envelope.decode(request.body), requestId: request.id, receivedAt: performance.now() });
      if (this.options.ackStatus !== undefined) this.respond(request.id, this.options.ackStatus);
    }
  }

  private respond(id: number, status: number): void {
    this.ws.send(
      WebSocketMessage.encode({ type: WebSocketMessageType.RESPONSE, response: { id, status, message: '', headers: [] } }).finish(),
    );
  }

  private wake(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const waiter of waiters) waiter();
  }
}

export class UpgradeRefusedError extends Error {
  override readonly name = 'UpgradeRefusedError';
  constructor(readonly status: number) {
    super(`upgrade refused with ${String(status)}`);
  }
}

/** The status a refused upgrade got (throws if the upgrade succeeded). */
export async function upgradeStatus(baseUrl: string, headers: Readonly<Record<string, string>>, path?: string): Promise<number> {
  try {
    const socket = await TestSocket.connect(baseUrl, headers, {}, path);
    await socket.close();
  } catch (error: unknown) {
    if (error instanceof UpgradeRefusedError) return error.status;
    throw error;
  }
  throw new Error('the upgrade was accepted');
}

/** The element at `index`, failing the test when there is none (instead of a `!`). */
export function at<T>(items: ReadonlyArray<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an element at index ${String(index)} of ${String(items.length)}`);
  return item;
}
