/**
 * Electron's arrangement without Electron: main's side (electron/main/host-link.ts)
 * starts the real host (engine, store, services) as a process of its own, as Electron
 * starts it in a utilityProcess, and hands a window a MessagePort to it; the window's
 * typed API runs over that port. The host is started again when it is killed (SIGKILL),
 * and closes when asked.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostLink } from '../../../../electron/main/host-link';
import type { HostChild, HostLink } from '../../../../electron/main/host-link';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import { createParleyApi } from '../../../../shared/ipc/bridge';
import type { ParleyApi } from '../../../../shared/ipc/contract';
import { FrameClient } from '../../../../shared/ipc/frames';

const childEntry = path.join(import.meta.dirname, 'support', 'host-worker.ts');

let dir: string;
let relay: Relay;
const children: Array<ChildProcess> = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-host-process-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * The host as a child process. Node's IPC channel cannot transfer a MessagePort, so the
 * host's end of each channel stays here and its messages are relayed, numbered.
 */
function spawnChild(): HostChild<MessagePort> {
  const child = fork(childEntry, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.push(child);
  const ports = new Map<number, MessagePort>();
  let nextPort = 1;
  const mainListeners: Array<(message: unknown) => void> = [];
  child.on('message', (raw: { kind: string; message?: unknown; port?: number; data?: unknown }) => {
    if (raw.kind === 'main') for (const listener of mainListeners) listener(raw.message);
    else if (raw.kind === 'port') ports.get(raw.port ?? 0)?.postMessage(raw.data);
    else if (raw.kind === 'port-closed') ports.get(raw.port ?? 0)?.close();
  });
  return {
    post: (message, transferred = []) => {
      const ids = transferred.map((port) => {
        const id = nextPort++;
        ports.set(id, port);
        port.on('message', (data: unknown) => {
          if (child.connected) child.send({ kind: 'port', port: id, data });
        });
        port.on('close', () => {
          ports.delete(id);
          if (child.connected) child.send({ kind: 'port-closed', port: id });
        });
        return id;
      });
      if (child.connected) child.send({ kind: 'main', message, ports: ids });
    },
    onMessage: (listener) => {
      mainListeners.push(listener);
    },
    onExit: (listener) => {
      child.on('exit', (code) => {
        for (const port of ports.values()) port.close();
        listener(code ?? 1);
      });
    },
    kill: () => {
      child.kill('SIGKILL');
    },
  };
}

/** A window: its typed API over whatever port main hands it last. */
function window(link: HostLink): { api: ParleyApi; ports: number } {
  const client = new FrameClient();
  const state = { api: createParleyApi(client), ports: 0 };
  let current: MessagePort | undefined;
  link.connectWindow((port) => {
    current?.close();
    client.detach();
    const next = port as MessagePort;
    current = next;
    state.ports++;
    next.on('message', (frame: unknown) => {
      client.receive(frame);
    });
    client.attach((frame) => {
      next.postMessage(frame);
    });
  });
  return state;
}

describe('the host in a process of its own, over MessagePorts', () => {
  it('serves a window from a process of its own, comes back after a SIGKILL, and closes when asked', async () => {
    let spawned = 0;
    const link = startHostLink<MessagePort>({
      spawn: () => {
        spawned++;
        return spawnChild();
      },
      start: { type: 'start', version: '4.5.6', userDataDir: path.join(dir, 'data'), relay: { url: relay.url } },
      newChannel: () => {
        const { port1, port2 } = new MessageChannel();
        return { host: port1, window: port2 };
      },
      answer: () => Promise.resolve({ ok: false }),
      log: pino({ level: 'silent' }),
      onGiveUp: () => {
        throw new Error('gave up');
      },
    });
    const page = window(link);

    // Calls made before the host is up wait for it.
    expect(await page.api.app.getInfo()).toMatchObject({ version: '4.5.6', host: 'electron' });
    const themes: Array<string> = [];
    page.api.settings.onDidChangeSettings((settings) => themes.push(settings.theme));
    expect(await page.api.settings.setTheme('dark')).toMatchObject({ theme: 'dark' });
    expect(await page.api.link.getState()).toMatchObject({ kind: expect.any(String) as unknown });
    await expect.poll(() => themes).toEqual(['dark']);

    // The host is killed: main starts another, the window gets a new port, the setting survived.
    const [first] = children;
    first?.kill('SIGKILL');
    await expect.poll(() => page.ports, { timeout: 20_000 }).toBe(2);
    expect(spawned).toBe(2);
    expect(await page.api.settings.get()).toMatchObject({ theme: 'dark' });

    const second = children[1];
    const exited = new Promise<number | null>((resolve) => second?.once('exit', resolve));
    await link.close();
    // It closed by itself (engine stopped, database closed) and ended: not killed.
    expect(await exited).toBe(0);
    expect(spawned).toBe(2);
  }, 60_000);
});
