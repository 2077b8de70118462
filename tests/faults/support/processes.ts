/**
 * Real processes for fault tests: the relay and a desktop engine each in a child process
 * that the test can SIGKILL, and a TCP proxy that cuts every connection through it.
 */
import { fork, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import type { DeviceCommand, DeviceConfig, DeviceReply, DeviceReport, SessionCommand, SessionConfig, SessionReply } from './protocol';

const root = path.resolve(import.meta.dirname, '../../..');

/** A port nobody listens on right now (the relay keeps its port across restarts). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await once(child, 'exit');
}

/** The relay as `server/main.ts` runs it, on a fixed port and data folder so it can come back. */
export class RelayProcess {
  private child: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${String(this.port)}`;
  }

  static async start(dataDir: string, port?: number): Promise<RelayProcess> {
    const relay = new RelayProcess(port ?? (await freePort()), dataDir);
    await relay.startAgain();
    return relay;
  }

  async startAgain(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(this.port), '--data-dir', this.dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PARLEY_LOG_LEVEL: 'info' },
    });
    this.child = child;
    const lines = readline.createInterface({ input: child.stdout });
    const stderr: Array<string> = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const onExit = (): void => {
        reject(new Error(`the relay exited before listening: ${stderr.join('')}`));
      };
      child.once('exit', onExit);
      lines.on('line', (line) => {
        if (!line.includes('"listening"')) return;
        child.off('exit', onExit);
        resolve();
      });
    });
  }

  /** SIGKILL: no shutdown hook runs, sockets drop mid-frame. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined) return;
    child.kill('SIGKILL');
    await exited(child);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined) return;
    child.kill('SIGTERM');
    await exited(child);
  }
}

/** A forked child speaking JSON over the IPC channel: replies awaited by predicate, SIGKILL on demand. */
class ChildChannel<Command, Reply> {
  private readonly waiters = new Set<{
    readonly test: (reply: Reply) => boolean;
    readonly resolve: (reply: Reply) => void;
    readonly reject: (error: Error) => void;
  }>();
  private readonly stderr: Array<string> = [];
  private readonly child: ChildProcess;

  constructor(entry: string, env: Readonly<Record<string, string>>, onReply: (reply: Reply) => void) {
    this.child = fork(path.join(root, entry), [], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      env: { ...process.env, ...env },
    });
    this.child.on('message', (raw) => {
      const reply = raw as Reply;
      onReply(reply);
      for (const waiter of [...this.waiters]) {
        if (!waiter.test(reply)) continue;
        this.waiters.delete(waiter);
        waiter.resolve(reply);
      }
    });
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.child.once('exit', () => {
      for (const waiter of this.waiters) waiter.reject(new Error(`the child exited while awaited: ${this.stderr.join('')}`));
      this.waiters.clear();
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The next reply that passes `test`; fails if the child exits first. */
  next(test: (reply: Reply) => boolean): Promise<Reply> {
    return new Promise((resolve, reject) => {
      if (!this.running) {
        reject(new Error(`the child has exited: ${this.stderr.join('')}`));
        return;
      }
      this.waiters.add({ test, resolve, reject });
    });
  }

  send(command: Command): void {
    this.child.send(command as object);
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  async stopWith(command: Command): Promise<void> {
    if (!this.running) return;
    this.send(command);
    await exited(this.child);
  }
}

/** A desktop engine in its own process (device-main.ts), driven over the IPC channel. */
export class DeviceProcess {
  /** The newest stored-message count the device reported. */
  stored = 0;
  private readonly channel: ChildChannel<DeviceCommand, DeviceReply>;

  private constructor(config: DeviceConfig) {
    this.channel = new ChildChannel('tests/faults/support/device-main.ts', { PARLEY_FAULT_DEVICE: JSON.stringify(config) }, (reply) => {
      if (reply.type === 'stored' || reply.type === 'ready' || reply.type === 'queue-empty') this.stored = reply.count;
    });
  }

  static async start(config: DeviceConfig): Promise<DeviceProcess> {
    const device = new DeviceProcess(config);
    await device.channel.next((reply) => reply.type === 'ready');
    return device;
  }

  /** Resolves once the device reported at least `count` stored messages. */
  async storedAtLeast(count: number): Promise<void> {
    if (this.stored >= count) return;
    await this.channel.next((reply) => reply.type === 'stored' && reply.count >= count);
  }

  async report(): Promise<DeviceReport> {
    const reply = this.channel.next((candidate) => candidate.type === 'report');
    this.channel.send({ cmd: 'report' });
    const answer = await reply;
    if (answer.type !== 'report') throw new Error('unexpected reply');
    return answer.report;
  }

  async sendTexts(to: string, bodies: ReadonlyArray<string>, clockAt?: number): Promise<void> {
    const queued = this.channel.next((reply) => reply.type === 'queued');
    this.channel.send({ cmd: 'send', to, bodies, ...(clockAt === undefined ? {} : { clockAt }) });
    await queued;
  }

  kill(): Promise<void> {
    return this.channel.kill();
  }

  stop(): Promise<void> {
    return this.channel.stopWith({ cmd: 'stop' });
  }
}

/** The desktop's whole session (session-main.ts) in its own process, as the host runs it. */
export class SessionProcess {
  /** Every link state kind the session entered, in order. */
  readonly states: Array<string> = [];
  private readonly firstOfKind = new Map<string, Extract<SessionReply, { type: 'state' }>>();
  private readonly channel: ChildChannel<SessionCommand, SessionReply>;

  constructor(config: SessionConfig) {
    this.channel = new ChildChannel('tests/faults/support/session-main.ts', { PARLEY_FAULT_SESSION: JSON.stringify(config) }, (reply) => {
      if (reply.type !== 'state') return;
      this.states.push(reply.kind);
      if (!this.firstOfKind.has(reply.kind)) this.firstOfKind.set(reply.kind, reply);
    });
  }

  /** Resolves with the first state of `kind` this process entered, waiting for it if need be. */
  async state(kind: string): Promise<Extract<SessionReply, { type: 'state' }>> {
    const seen = this.firstOfKind.get(kind);
    if (seen !== undefined) return seen;
    const reply = await this.channel.next((candidate) => candidate.type === 'state' && candidate.kind === kind);
    if (reply.type !== 'state') throw new Error('unexpected reply');
    return reply;
  }

  async report(): Promise<DeviceReport | undefined> {
    const reply = this.channel.next((candidate) => candidate.type === 'report');
    this.channel.send({ cmd: 'report' });
    const answer = await reply;
    if (answer.type !== 'report') throw new Error('unexpected reply');
    return answer.report;
  }

  kill(): Promise<void> {
    return this.channel.kill();
  }

  stop(): Promise<void> {
    return this.channel.stopWith({ cmd: 'stop' });
  }
}

/**
 * A TCP proxy in front of the relay that can cut every connection through it at once,
 * as a flaky network or a NAT timeout does: both directions are destroyed mid-stream.
 */
export class ConnectionCutter {
  private timer: NodeJS.Timeout | undefined;
  cuts = 0;

  private constructor(
    private readonly server: net.Server,
    readonly url: string,
    /** Every socket the proxy holds, both sides of each connection. */
    private readonly sockets: Set<net.Socket>,
  ) {}

  static async start(targetPort: number): Promise<ConnectionCutter> {
    const sockets = new Set<net.Socket>();
    const server = net.createServer((client) => {
      const upstream = net.connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    return new ConnectionCutter(server, `http://127.0.0.1:${String(port)}`, sockets);
  }

  cutAll(): void {
    this.cuts++;
    for (const socket of this.sockets) socket.destroy();
  }

  /** Cuts everything at random intervals between `minMs` and `maxMs` until stopped. */
  cutEvery(minMs: number, maxMs: number): void {
    const schedule = (): void => {
      this.timer = setTimeout(
        () => {
          this.cutAll();
          schedule();
        },
        minMs + Math.random() * (maxMs - minMs),
      );
    };
    schedule();
  }

  stopCutting(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  async close(): Promise<void> {
    this.stopCutting();
    this.cutAll();
    await new Promise<void>((resolve) => this.server.close(() => { resolve(); }));
  }
}
