import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { probeRelay } from './relay-monitor';
import type { Logger } from './logger';
import { NamedError } from '../../shared/domain/named-error';

/**
 * The embedded relay as its supervisor sees it (issue 10, item 9): running (and how
 * often it was restarted), waiting to restart after it died, or given up on after too
 * many deaths in a row.
 */
export type LocalRelayState =
  | { readonly kind: 'running'; readonly restarts: number; readonly lastRestartAt: number | null }
  | {
      readonly kind: 'restarting';
      readonly restarts: number;
      /** When the next start is tried (ms since the epoch). */
      readonly retryAt: number;
      readonly exitCode: number | null;
      readonly signal: string | null;
    }
  | { readonly kind: 'failed'; readonly restarts: number; readonly exitCode: number | null; readonly signal: string | null };

/** Watches the relay child this desktop started, and restarts it when it dies. */
export interface RelaySupervision {
  readonly state: LocalRelayState;
  /** The running child's pid (tests kill it). */
  readonly pid: number | undefined;
  onDidChangeState(listener: (state: LocalRelayState) => void): () => void;
  /** After the supervisor gave up: one more round of attempts, now. */
  restartNow(): void;
}

export interface EmbeddedRelay {
  readonly url: string;
  /** False when another Parley relay already served the port and this one was reused. */
  readonly owned: boolean;
  /** Present when this desktop owns the relay child. */
  readonly supervision: RelaySupervision | undefined;
  stop(): Promise<void>;
}

export interface RestartPolicy {
  /** Deaths within `windowMs` after which the supervisor stops restarting. */
  readonly maxRestarts: number;
  readonly windowMs: number;
  /** Delay before the first restart, doubling with each death in the window. */
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const defaultRestartPolicy: RestartPolicy = {
  maxRestarts: 5,
  windowMs: 10 * 60_000,
  initialBackoffMs: 500,
  maxBackoffMs: 30_000,
};

export interface EmbeddedRelayOptions {
  /** The built relay entry (out/main/relay.js). */
  readonly entry: string;
  readonly dataDir: string;
  readonly port: number;
  readonly log: Logger;
  /** Node, or Electron's binary run as Node. */
  readonly execPath?: string;
  /** Arguments before the entry (tests: `--import tsx` to run server/main.ts). */
  readonly nodeArgs?: ReadonlyArray<string>;
  readonly env?: NodeJS.ProcessEnv;
  readonly restart?: Partial<RestartPolicy>;
  readonly now?: () => number;
}

export class RelayStartError extends NamedError {
  constructor(
    message: string,
    readonly exitCode: number | null = null,
  ) {
    super(message);
  }
}

/**
 * Starts the relay as a child process on 127.0.0.1, so the desktop's own event loop
 * never carries relay work, and supervises it: a child that dies unexpectedly is
 * started again on the same port and data folder (with backoff, bounded), and every
 * change is reported. If the port already serves a Parley relay (another desktop on
 * this machine started it), that relay is reused and not supervised.
 */
export async function startEmbeddedRelay(options: EmbeddedRelayOptions): Promise<EmbeddedRelay> {
  const existingUrl = `http://127.0.0.1:${String(options.port)}`;
  if (options.port !== 0 && (await probeRelay(existingUrl, 1_000)).reachable) {
    options.log.info({ url: existingUrl }, 'reusing the relay already running on this port');
    return { url: existingUrl, owned: false, supervision: undefined, stop: () => Promise.resolve() };
  }
  const supervisor = new RelaySupervisor(options);
  const url = await supervisor.start();
  return { url, owned: true, supervision: supervisor, stop: () => supervisor.stop() };
}

class RelaySupervisor implements RelaySupervision {
  private child: ChildProcess | undefined;
  private current: LocalRelayState = { kind: 'running', restarts: 0, lastRestartAt: null };
  private readonly listeners = new Set<(state: LocalRelayState) => void>();
  private readonly policy: RestartPolicy;
  private readonly now: () => number;
  /** When the child died, within the policy's window. */
  private deaths: Array<number> = [];
  private restartTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  /** Fixed after the first start: a restarted relay must come back where the engine looks for it. */
  private port: number;
  private url = '';

  constructor(private readonly options: EmbeddedRelayOptions) {
    this.policy = { ...defaultRestartPolicy, ...options.restart };
    this.now = options.now ?? Date.now;
    this.port = options.port;
  }

  get state(): LocalRelayState {
    return this.current;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  onDidChangeState(listener: (state: LocalRelayState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<string> {
    const { child, url } = await this.spawnRelay();
    this.url = url;
    this.port = Number(new URL(url).port);
    this.watch(child);
    this.options.log.info({ url, pid: child.pid }, 'embedded relay started');
    return url;
  }

  restartNow(): void {
    if (this.stopping || this.current.kind !== 'failed') return;
    this.deaths = [];
    this.scheduleRestart(0, this.current.exitCode, this.current.signal);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    this.child = undefined;
    if (child !== undefined) await stopChild(child);
  }

  private setState(state: LocalRelayState): void {
    this.current = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  private watch(child: ChildProcess): void {
    this.child = child;
    child.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (this.stopping) return;
      this.options.log.warn({ code, signal }, 'the embedded relay stopped unexpectedly');
      this.onDeath(code, signal);
    });
  }

  private onDeath(exitCode: number | null, signal: string | null): void {
    const at = this.now();
    this.deaths = [...this.deaths.filter((death) => at - death < this.policy.windowMs), at];
    const restarts = this.current.restarts;
    if (this.deaths.length > this.policy.maxRestarts) {
      this.options.log.error({ deaths: this.deaths.length }, 'the embedded relay keeps dying; no more restarts');
      this.setState({ kind: 'failed', restarts, exitCode, signal });
      return;
    }
    const delay = Math.min(this.policy.maxBackoffMs, this.policy.initialBackoffMs * 2 ** (this.deaths.length - 1));
    this.scheduleRestart(delay, exitCode, signal);
  }

  private scheduleRestart(delay: number, exitCode: number | null, signal: string | null): void {
    const restarts = this.current.restarts;
    this.setState({ kind: 'restarting', restarts, retryAt: this.now() + delay, exitCode, signal });
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      this.restart(restarts);
    }, delay);
    this.restartTimer.unref();
  }

  private restart(restarts: number): void {
    if (this.stopping) return;
    this.spawnRelay().then(
      ({ child, url }) => {
        if (this.stopping) {
          void stopChild(child);
          return;
        }
        if (url !== this.url) this.options.log.warn({ url, expected: this.url }, 'the restarted relay listens elsewhere');
        this.watch(child);
        this.options.log.info({ url, pid: child.pid, restarts: restarts + 1 }, 'embedded relay restarted');
        this.setState({ kind: 'running', restarts: restarts + 1, lastRestartAt: this.now() });
      },
      (error: unknown) => {
        if (this.stopping) return;
        // A start that fails (the port taken meanwhile, a damaged data folder) counts as another death.
        this.options.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'the embedded relay did not restart');
        this.onDeath(error instanceof RelayStartError ? error.exitCode : null, null);
      },
    );
  }

  private async spawnRelay(): Promise<{ readonly child: ChildProcess; readonly url: string }> {
    const { options } = this;
    const child = spawn(
      options.execPath ?? process.execPath,
      [...(options.nodeArgs ?? []), options.entry, '--host', '127.0.0.1', '--port', String(this.port), '--data-dir', options.dataDir],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...options.env } },
    );
    const url = await waitForListening(child);
    return { child, url };
  }
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) {
      reject(new RelayStartError('The relay process has no output stream.'));
      return;
    }
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new RelayStartError('The relay did not start within 15 seconds.'));
    }, 15_000);
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      clearTimeout(timer);
      reject(new RelayStartError(`The relay exited before it was ready (code ${String(code)}, signal ${String(signal)}).`, code));
    };
    lines.on('line', (line) => {
      // The relay logs JSON lines; the one with event "listening" carries its URL.
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        return;
      }
      if (typeof record === 'object' && record !== null && 'event' in record && record.event === 'listening') {
        const url = 'url' in record && typeof record.url === 'string' ? record.url : undefined;
        if (url !== undefined) {
          clearTimeout(timer);
          child.off('exit', onExit);
          // Keep draining stdout so the child never blocks on a full pipe.
          lines.removeAllListeners('line');
          lines.on('line', () => undefined);
          resolve(url);
        }
      }
    });
    child.once('exit', onExit);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new RelayStartError(`The relay could not be started: ${error.message}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
