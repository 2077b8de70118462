/**
 * Just enough of the D-Bus wire protocol to ask the session bus a few questions before
 * keytar is used (https://dbus.freedesktop.org/doc/dbus-specification.html): find the
 * bus, connect over its Unix socket, authenticate as this user (EXTERNAL) and make
 * method calls with string arguments. Unlike libdbus or GLib it never autolaunches a
 * bus (`dbus-launch --autolaunch` leaves a `dbus-daemon` running after Parley exits)
 * and never spawns anything, so a probe that gives up leaves nothing behind.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { NamedError } from '../../shared/domain/named-error';

/** A value in a reply: the basic types, arrays, structs and variants (unwrapped). */
export type BusValue = string | number | boolean | ReadonlyArray<BusValue>;

/** Where the session bus listens, as `net.connect` wants it (abstract sockets start with NUL). */
export interface BusEndpoint {
  readonly path: string;
}

export type SessionBusLocation =
  | { readonly kind: 'found'; readonly endpoints: ReadonlyArray<BusEndpoint>; readonly source: string }
  /** No address in the environment and no socket at `$XDG_RUNTIME_DIR/bus`. */
  | { readonly kind: 'none' }
  /** An address this client cannot use (TCP, launchd, autolaunch): only libdbus/GLib can. */
  | { readonly kind: 'unsupported'; readonly address: string };

/**
 * The session bus address as GLib finds it: `DBUS_SESSION_BUS_ADDRESS`, else the
 * systemd user bus at `$XDG_RUNTIME_DIR/bus`. GLib's last resort, autolaunch, is what
 * this module exists to avoid.
 */
export function locateSessionBus(env: NodeJS.ProcessEnv): SessionBusLocation {
  const address = env['DBUS_SESSION_BUS_ADDRESS'];
  if (address !== undefined && address !== '') {
    const endpoints = address.split(';').flatMap((entry) => endpointOf(entry));
    if (endpoints.length === 0) return { kind: 'unsupported', address };
    return { kind: 'found', endpoints, source: 'DBUS_SESSION_BUS_ADDRESS' };
  }
  const runtimeDir = env['XDG_RUNTIME_DIR'];
  if (runtimeDir !== undefined && runtimeDir !== '') {
    const socket = path.join(runtimeDir, 'bus');
    try {
      if (fs.statSync(socket).isSocket()) return { kind: 'found', endpoints: [{ path: socket }], source: '$XDG_RUNTIME_DIR/bus' };
    } catch {
      // No user bus there.
    }
  }
  return { kind: 'none' };
}

/** `unix:path=…` or `unix:abstract=…`, with the spec's %-escapes; other transports are skipped. */
function endpointOf(entry: string): Array<BusEndpoint> {
  const colon = entry.indexOf(':');
  if (colon < 0 || entry.slice(0, colon) !== 'unix') return [];
  const keys = new Map<string, string>();
  for (const pair of entry.slice(colon + 1).split(',')) {
    const equals = pair.indexOf('=');
    if (equals > 0) keys.set(pair.slice(0, equals), unescape(pair.slice(equals + 1)));
  }
  const file = keys.get('path');
  if (file !== undefined) return [{ path: file }];
  const abstract = keys.get('abstract');
  if (abstract !== undefined) return [{ path: `\0${abstract}` }];
  return [];
}

function unescape(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** An error reply from the bus or a service (`org.freedesktop.DBus.Error.ServiceUnknown`, …). */
export class BusError extends NamedError {
  constructor(
    readonly errorName: string,
    detail: string,
  ) {
    super(`${errorName}: ${detail}`);
  }
}

export interface MethodCall {
  readonly destination: string;
  readonly path: string;
  readonly interface: string;
  readonly member: string;
  /** Every argument is a string (`s`); that is all the probe needs. */
  readonly args?: ReadonlyArray<string>;
  /** Ask the bus not to start the destination if it is not running. */
  readonly noAutoStart?: boolean;
}

const messageType = { methodCall: 1, methodReturn: 2, error: 3, signal: 4 } as const;
const headerField = { path: 1, interface: 2, member: 3, errorName: 4, replySerial: 5, destination: 6, signature: 8 } as const;
const flagNoAutoStart = 0x2;
/** A reply bigger than this is not one the probe asked for. */
const maxMessageBytes = 1 << 20;

/** One authenticated connection to the session bus. Every failure closes it. */
export class SessionBusConnection {
  #serial = 0;
  #buffer = Buffer.alloc(0);
  readonly #pending = new Map<number, { resolve: (body: Array<BusValue>) => void; reject: (error: Error) => void }>();
  #failure: Error | undefined;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      this.#receive(chunk);
    });
    socket.on('error', (error) => {
      this.#fail(error);
    });
    socket.on('close', () => {
      this.#fail(new Error('the session bus closed the connection'));
    });
  }

  /**
   * Connects to the first endpoint that accepts, authenticates and says Hello. Aborting
   * `signal` destroys the socket, which fails whatever is still waiting.
   */
  static async open(endpoints: ReadonlyArray<BusEndpoint>, signal: AbortSignal): Promise<SessionBusConnection> {
    let lastError: unknown = new Error('no endpoint');
    for (const endpoint of endpoints) {
      if (signal.aborted) break;
      try {
        const socket = await connectSocket(endpoint, signal);
        try {
          await authenticate(socket);
        } catch (error) {
          socket.destroy();
          throw error;
        }
        const connection = new SessionBusConnection(socket);
        await connection.call({
          destination: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus',
          member: 'Hello',
        });
        return connection;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  call(call: MethodCall): Promise<Array<BusValue>> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const serial = ++this.#serial;
    const message = encodeMethodCall(call, serial);
    return new Promise((resolve, reject) => {
      this.#pending.set(serial, { resolve, reject });
      this.socket.write(message);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    try {
      for (;;) {
        const size = messageSize(this.#buffer);
        if (size === undefined || this.#buffer.length < size) return;
        const message = decodeMessage(this.#buffer.subarray(0, size));
        this.#buffer = this.#buffer.subarray(size);
        if (message.replySerial === undefined) continue;
        const waiter = this.#pending.get(message.replySerial);
        if (waiter === undefined) continue;
        this.#pending.delete(message.replySerial);
        if (message.type === messageType.error) {
          const [text] = message.body;
          waiter.reject(new BusError(message.errorName ?? 'unknown', typeof text === 'string' ? text : ''));
        } else {
          waiter.resolve(message.body);
        }
      }
    } catch (error) {
      this.#fail(error instanceof Error ? error : new Error(String(error)));
      this.socket.destroy();
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiter of this.#pending.values()) waiter.reject(this.#failure);
    this.#pending.clear();
  }
}

function connectSocket(endpoint: BusEndpoint, signal: AbortSignal): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ path: endpoint.path });
    const abort = (): void => {
      socket.destroy(new Error('the session bus did not answer in time'));
    };
    signal.addEventListener('abort', abort, { once: true });
    socket.once('close', () => {
      signal.removeEventListener('abort', abort);
    });
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** SASL EXTERNAL: the bus checks our uid on the socket itself, so no secret is sent. */
function authenticate(socket: net.Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer): void => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n');
      if (end < 0) {
        if (received.length > 4096) finish(new Error('the session bus sent no authentication answer'));
        return;
      }
      const line = received.slice(0, end);
      if (line.startsWith('OK ')) {
        socket.write('BEGIN\r\n');
        finish(undefined);
      } else {
        finish(new Error(`the session bus refused authentication (${line.slice(0, 80)})`));
      }
    };
    const onError = (error: Error): void => {
      finish(error);
    };
    const onClose = (): void => {
      finish(new Error('the session bus closed the connection during authentication'));
    };
    const finish = (error: Error | undefined): void => {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    const uid = process.getuid?.() ?? 0;
    socket.write(`\0AUTH EXTERNAL ${Buffer.from(String(uid), 'ascii').toString('hex')}\r\n`);
  });
}

// --- marshalling (little-endian out; either byte order in) ------------------------------

class Writer {
  readonly #bytes: Array<number> = [];

  get length(): number {
    return this.#bytes.length;
  }

  align(boundary: number): void {
    while (this.#bytes.length % boundary !== 0) this.#bytes.push(0);
  }

  byte(value: number): void {
    this.#bytes.push(value & 0xff);
  }

  uint32(value: number): void {
    this.align(4);
    this.#bytes.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
  }

  setUint32(offset: number, value: number): void {
    this.#bytes.splice(offset, 4, value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
  }

  string(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.uint32(bytes.length);
    this.#bytes.push(...bytes, 0);
  }

  signature(value: string): void {
    this.byte(value.length);
    this.#bytes.push(...Buffer.from(value, 'ascii'), 0);
  }

  toBuffer(): Buffer {
    return Buffer.from(this.#bytes);
  }
}

function encodeMethodCall(call: MethodCall, serial: number): Buffer {
  const args = call.args ?? [];
  const body = new Writer();
  for (const arg of args) body.string(arg);

  const message = new Writer();
  message.byte('l'.charCodeAt(0));
  message.byte(messageType.methodCall);
  message.byte(call.noAutoStart === true ? flagNoAutoStart : 0);
  message.byte(1);
  message.uint32(body.length);
  message.uint32(serial);
  const fields: Array<[number, 'o' | 's' | 'g', string]> = [
    [headerField.path, 'o', call.path],
    [headerField.interface, 's', call.interface],
    [headerField.member, 's', call.member],
    [headerField.destination, 's', call.destination],
  ];
  if (args.length > 0) fields.push([headerField.signature, 'g', 's'.repeat(args.length)]);
  const lengthAt = message.length;
  message.uint32(0);
  message.align(8);
  const fieldsStart = message.length;
  for (const [code, type, value] of fields) {
    message.align(8);
    message.byte(code);
    message.signature(type);
    if (type === 'g') message.signature(value);
    else message.string(value);
  }
  message.setUint32(lengthAt, message.length - fieldsStart);
  message.align(8);
  return Buffer.concat([message.toBuffer(), body.toBuffer()]);
}

/** The whole message's size once its fixed header has arrived, else undefined. */
function messageSize(buffer: Buffer): number | undefined {
  if (buffer.length < 16) return undefined;
  const little = buffer[0] === 'l'.charCodeAt(0);
  if (!little && buffer[0] !== 'B'.charCodeAt(0)) throw new Error('not a D-Bus message');
  const bodyLength = little ? buffer.readUInt32LE(4) : buffer.readUInt32BE(4);
  const fieldsLength = little ? buffer.readUInt32LE(12) : buffer.readUInt32BE(12);
  const size = align(16 + fieldsLength, 8) + bodyLength;
  if (size > maxMessageBytes) throw new Error('a D-Bus message larger than expected');
  return size;
}

interface DecodedMessage {
  readonly type: number;
  readonly replySerial: number | undefined;
  readonly errorName: string | undefined;
  readonly body: Array<BusValue>;
}

function decodeMessage(buffer: Buffer): DecodedMessage {
  const reader = new Reader(buffer, buffer[0] === 'l'.charCodeAt(0));
  const type = buffer[1] ?? 0;
  reader.offset = 12;
  const fields = reader.value('a(yv)');
  let replySerial: number | undefined;
  let errorName: string | undefined;
  let signature = '';
  if (Array.isArray(fields)) {
    for (const field of fields) {
      if (!Array.isArray(field)) continue;
      const [code, value] = field as ReadonlyArray<BusValue>;
      if (code === headerField.replySerial && typeof value === 'number') replySerial = value;
      if (code === headerField.errorName && typeof value === 'string') errorName = value;
      if (code === headerField.signature && typeof value === 'string') signature = value;
    }
  }
  reader.align(8);
  const body: Array<BusValue> = [];
  for (const type of splitSignature(signature)) body.push(reader.value(type));
  return { type, replySerial, errorName, body };
}

class Reader {
  offset = 0;

  constructor(
    private readonly buffer: Buffer,
    private readonly little: boolean,
  ) {}

  align(boundary: number): void {
    this.offset = align(this.offset, boundary);
  }

  #need(bytes: number): void {
    if (this.offset + bytes > this.buffer.length) throw new Error('a truncated D-Bus message');
  }

  #uint32(): number {
    this.align(4);
    this.#need(4);
    const value = this.little ? this.buffer.readUInt32LE(this.offset) : this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  #text(length: number): string {
    this.#need(length + 1);
    const text = this.buffer.toString('utf8', this.offset, this.offset + length);
    this.offset += length + 1;
    return text;
  }

  value(type: string): BusValue {
    const code = type[0];
    switch (code) {
      case 'y': {
        this.#need(1);
        return this.buffer[this.offset++] ?? 0;
      }
      case 'b':
        return this.#uint32() !== 0;
      case 'u':
        return this.#uint32();
      case 'i':
        return this.#uint32() | 0;
      case 's':
      case 'o':
        return this.#text(this.#uint32());
      case 'g': {
        this.#need(1);
        return this.#text(this.buffer[this.offset++] ?? 0);
      }
      case 'v': {
        this.#need(1);
        const inner = this.#text(this.buffer[this.offset++] ?? 0);
        return this.value(inner);
      }
      case 'a': {
        const element = type.slice(1);
        const length = this.#uint32();
        this.align(alignmentOf(element));
        const end = this.offset + length;
        if (end > this.buffer.length) throw new Error('a truncated D-Bus message');
        const items: Array<BusValue> = [];
        while (this.offset < end) items.push(this.value(element));
        return items;
      }
      case '(':
      case '{': {
        this.align(8);
        return splitSignature(type.slice(1, -1)).map((member) => this.value(member));
      }
      default:
        throw new Error(`a D-Bus type the probe does not read (${type})`);
    }
  }
}

function align(offset: number, boundary: number): number {
  return Math.ceil(offset / boundary) * boundary;
}

function alignmentOf(type: string): number {
  switch (type[0]) {
    case 'y':
    case 'g':
    case 'v':
      return 1;
    case '(':
    case '{':
    case 'x':
    case 't':
    case 'd':
      return 8;
    default:
      return 4;
  }
}

/** Splits a signature into its complete types: "sa(yv)b" → ["s", "a(yv)", "b"]. */
function splitSignature(signature: string): Array<string> {
  const types: Array<string> = [];
  let index = 0;
  while (index < signature.length) {
    const end = completeTypeEnd(signature, index);
    types.push(signature.slice(index, end));
    index = end;
  }
  return types;
}

function completeTypeEnd(signature: string, start: number): number {
  const code = signature[start];
  if (code === 'a') return completeTypeEnd(signature, start + 1);
  if (code === '(' || code === '{') {
    const close = code === '(' ? ')' : '}';
    let index = start + 1;
    while (signature[index] !== close) {
      if (index >= signature.length) throw new Error(`a malformed D-Bus signature (${signature})`);
      index = completeTypeEnd(signature, index);
    }
    return index + 1;
  }
  if (code === undefined) throw new Error(`a malformed D-Bus signature (${signature})`);
  return start + 1;
}
