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
import type { DeviceCommand, DeviceConfig, DeviceReply, DeviceReport } from './protocol';

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

/** A desktop engine in its own process (device-main.ts), driven over the IPC channel. */
export class DeviceProcess {
  private readonly waiters = new Set<{ readonly test: (reply: DeviceReply) => boolean; readonly resolve: (reply: DeviceReply) => void }>();
  /** The newest stored-message count the device reported. */
  stored = 0;
  private readonly stderr: Array<string> = [];

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (raw) => {
      const reply = raw as DeviceReply;
      if ('count' in reply && (reply.type === 'stored' || reply.type === 'ready' || reply.type === 'queue-empty')) this.stored = reply.count;
      for (const waiter of [...this.waiters]) {
        if (!waiter.test(reply)) continue;
        this.waiters.delete(waiter);
        waiter.resolve(reply);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  static async start(config: DeviceConfig): Promise<DeviceProcess> {
    const child = fork(path.join(root, 'tests/faults/support/device-main.ts'), [], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      env: { ...process.env, PARLEY_FAULT_DEVICE: JSON.stringify(config) },
    });
    const device = new DeviceProcess(child);
    const ready = device.next((reply) => reply.type === 'ready');
    const failed = once(child, 'exit').then(() => {
      throw new Error(`the device exited before it was ready: ${device.stderr.join('')}`);
    });
    await Promise.race([ready, failed]);
    failed.catch(() => undefined);
    return device;
  }

  /** The next reply that passes `test`. */
  next(test: (reply: DeviceReply) => boolean): Promise<DeviceReply> {
    return new Promise((resolve) => {
      this.waiters.add({ test, resolve });
    });
  }

  /** Resolves once the device reported at least `count` stored messages. */
  async storedAtLeast(count: number): Promise<void> {
    if (this.stored >= count) return;
    await this.next((reply) => reply.type === 'stored' && reply.count >= count);
  }

  private send(command: DeviceCommand): void {
    this.child.send(command);
  }

  async report(): Promise<DeviceReport> {
    const reply = this.next((candidate) => candidate.type === 'report');
    this.send({ cmd: 'report' });
    const answer = await reply;
    if (answer.type !== 'report') throw new Error('unexpected reply');
    return answer.report;
  }

  async sendTexts(to: string, bodies: ReadonlyArray<string>, clockAt?: number): Promise<void> {
    const queued = this.next((reply) => reply.type === 'queued');
    this.send({ cmd: 'send', to, bodies, ...(clockAt === undefined ? {} : { clockAt }) });
    await queued;
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.send({ cmd: 'stop' });
    await exited(this.child);
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
