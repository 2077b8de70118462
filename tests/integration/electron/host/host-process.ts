/**
 * The built browser host (out/main/browser-host.js, what `npm start` runs without
 * Electron) as a child process, reached the way the renderer reaches it: the printed
 * address with its token, and the IPC contract over the loopback WebSocket. Every
 * process started under it carries a marker in its environment, so a test can prove
 * that none outlives it, even one that daemonized.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import WebSocket from 'ws';
import type { LinkState } from '../../../../shared/ipc/link';
import { eventChannel, methodChannel } from '../../../../shared/ipc/service';

const root = path.resolve(import.meta.dirname, '../../../..');
export const builtHost = path.join(root, 'out/main/browser-host.js');
export const hostBuilt = existsSync(builtHost);
export const notBuiltReason = 'out/main/browser-host.js is missing: run `npx electron-vite build` first (npm test does)';

export interface HostProcess {
  readonly child: ChildProcess;
  readonly marker: string;
  readonly relayUrl: string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
  /** The link state now, then every change, over the IPC socket. */
  waitForLinkState<K extends LinkState['kind']>(kind: K): Promise<Extract<LinkState, { kind: K }>>;
  close(): void;
}

export interface HostProcessOptions {
  readonly dataDir: string;
  /** The whole environment of the host (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
  /** A relay already listening there is reused (as a second desktop does); 0 starts one on any port. */
  readonly relayPort?: number;
}

export async function startHostProcess(options: HostProcessOptions): Promise<HostProcess> {
  const marker = `parley-test-${randomUUID()}`;
  const child = spawn(process.execPath, [builtHost, '--no-open', '--relay-port', String(options.relayPort ?? 0)], {
    env: { ...(options.env ?? process.env), PARLEY_DATA_DIR: options.dataDir, PARLEY_TEST_MARKER: marker },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const { url, relayUrl } = await readAddresses(child);
  const page = new URL(url);
  const socket = new WebSocket(`ws://${page.host}/ipc?token=${page.searchParams.get('token') ?? ''}`, { headers: { Origin: page.origin } });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      resolve();
    });
    socket.once('error', reject);
  });
  let current: LinkState | undefined;
  const waiters = new Set<(state: LinkState) => void>();
  const seen = (state: LinkState): void => {
    current = state;
    for (const waiter of [...waiters]) waiter(state);
  };
  const stateChannel = eventChannel('link', 'onDidChangeLinkState');
  socket.on('message', (data) => {
    const frame = JSON.parse(Buffer.from(data as Buffer).toString('utf8')) as {
      type: string;
      channel?: string;
      payload?: unknown;
      response?: { ok: boolean; value?: unknown };
    };
    if (frame.type === 'event' && frame.channel === stateChannel) seen(frame.payload as LinkState);
    if (frame.type === 'result' && frame.response?.ok === true && current === undefined) seen(frame.response.value as LinkState);
  });
  socket.send(JSON.stringify({ type: 'invoke', id: 1, channel: methodChannel('link', 'getState'), args: [] }));
  return {
    child,
    marker,
    relayUrl,
    exited,
    waitForLinkState: <K extends LinkState['kind']>(kind: K) =>
      new Promise<Extract<LinkState, { kind: K }>>((resolve) => {
        const check = (state: LinkState): void => {
          if (state.kind !== kind) return;
          waiters.delete(check);
          resolve(state as Extract<LinkState, { kind: K }>);
        };
        waiters.add(check);
        if (current !== undefined) check(current);
      }),
    close: () => {
      socket.terminate();
    },
  };
}

function readAddresses(child: ChildProcess): Promise<{ url: string; relayUrl: string }> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) throw new Error('no stdout');
    const lines = readline.createInterface({ input: child.stdout });
    let relayUrl = '';
    lines.on('line', (line) => {
      const relay = /^\s*Relay:\s+(\S+)/.exec(line);
      if (relay?.[1] !== undefined) relayUrl = relay[1];
      const desktop = /^\s*Desktop:\s+(\S+)/.exec(line);
      if (desktop?.[1] !== undefined) resolve({ url: desktop[1], relayUrl });
    });
    child.once('exit', (code) => {
      reject(new Error(`the browser host exited with ${String(code)} before printing its address`));
    });
  });
}

/**
 * Live processes (zombies excluded) whose environment carries `marker`: everything the
 * host started, including daemons that left its process tree (a `dbus-launch`).
 */
export async function processesWithMarker(marker: string): Promise<Array<string>> {
  const found: Array<string> = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const [environ, stat, cmdline] = await Promise.all([
        fs.readFile(`/proc/${entry}/environ`),
        fs.readFile(`/proc/${entry}/stat`, 'utf8'),
        fs.readFile(`/proc/${entry}/cmdline`, 'utf8'),
      ]);
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state !== 'Z' && environ.includes(`PARLEY_TEST_MARKER=${marker}`)) found.push(`${entry} ${cmdline.replaceAll('\0', ' ').trim()}`);
    } catch {
      // Gone while we looked, or not ours to read.
    }
  }
  return found;
}
