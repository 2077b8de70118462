/**
 * Starts the real `npm start` path without a window: the built browser host
 * (out/main/browser-host.js) with its embedded relay, in a temporary profile.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface Desktop {
  readonly url: string;
  readonly origin: string;
  readonly relayUrl: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

export async function startDesktop(options: { readonly relayPort?: number } = {}): Promise<Desktop> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-e2e-'));
  const child = spawn(
    process.execPath,
    [path.join(root, 'out/main/browser-host.js'), '--no-open', '--relay-port', String(options.relayPort ?? 0)],
    { env: { ...process.env, PARLEY_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const { url, relayUrl } = await readAddresses(child);
  return {
    url,
    relayUrl,
    origin: new URL(url).origin,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

function readAddresses(child: ChildProcess): Promise<{ url: string; relayUrl: string }> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) throw new Error('no stdout');
    const lines = readline.createInterface({ input: child.stdout });
    let relayUrl = '';
    const timer = setTimeout(() => {
      reject(new Error('the browser host did not print its address'));
    }, 20_000);
    lines.on('line', (line) => {
      const relay = /^\s*Relay:\s+(\S+)/.exec(line);
      if (relay?.[1] !== undefined) relayUrl = relay[1];
      const desktop = /^\s*Desktop:\s+(\S+)/.exec(line);
      if (desktop?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: desktop[1], relayUrl });
      }
    });
    child.once('exit', (code) => {
      reject(new Error(`the browser host exited with ${String(code)}`));
    });
  });
}
