import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { probeRelay } from './relay-monitor';
import type { Logger } from './logger';

export interface EmbeddedRelay {
  readonly url: string;
  /** False when another Parley relay already served the port and this one was reused. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedRelayOptions {
  /** The built relay entry (out/main/relay.js). */
  readonly entry: string;
  readonly dataDir: string;
  readonly port: number;
  readonly log: Logger;
  /** Node, or Electron's binary run as Node. */
  readonly execPath?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export class RelayStartError extends Error {
  override readonly name = 'RelayStartError';
}

/**
 * Starts the relay as a child process on 127.0.0.1, so the desktop's own event loop
 * never carries relay work. If the port already serves a Parley relay (another desktop
 * on this machine started it), that relay is reused.
 */
export async function startEmbeddedRelay(options: EmbeddedRelayOptions): Promise<EmbeddedRelay> {
  const existingUrl = `http://127.0.0.1:${String(options.port)}`;
  if (options.port !== 0 && (await probeRelay(existingUrl, 1_000)).reachable) {
    options.log.info({ url: existingUrl }, 'reusing the relay already running on this port');
    return { url: existingUrl, owned: false, stop: () => Promise.resolve() };
  }
  const child = spawn(
    options.execPath ?? process.execPath,
    [options.entry, '--host', '127.0.0.1', '--port', String(options.port), '--data-dir', options.dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...options.env } },
  );
  const url = await waitForListening(child);
  options.log.info({ url, pid: child.pid }, 'embedded relay started');
  return { url, owned: true, stop: () => stopChild(child) };
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
          // Keep draining stdout so the child never blocks on a full pipe.
          lines.removeAllListeners('line');
          lines.on('line', () => undefined);
          resolve(url);
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new RelayStartError(`The relay exited before it was ready (code ${String(code)}, signal ${String(signal)}).`));
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
