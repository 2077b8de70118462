/**
 * The embedded relay's supervisor (issue 10, item 9), for real: the relay runs as a
 * child process (server/main.ts under tsx), the test SIGKILLs it, and the supervisor
 * starts it again on the same port and data folder and reports each step, up to the
 * renderer through the host's `connection` service.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../../../electron/host/compose';
import type { HostContext } from '../../../../electron/host/compose';
import { probeRelay } from '../../../../electron/host/relay-monitor';
import { startEmbeddedRelay } from '../../../../electron/host/relay-process';
import type { EmbeddedRelay, LocalRelayState, RelaySupervision } from '../../../../electron/host/relay-process';
import type { ConnectionState } from '../../../../shared/ipc/connection';
import { eventChannel } from '../../../../shared/ipc/service';
import { InMemoryKeyStore } from '../../../../engine/keychain';
import { registerAccount } from '../../server/support/relay-client';

const root = path.resolve(import.meta.dirname, '../../../..');
const log = pino({ level: 'silent' });

let dir: string;
const closers: Array<() => Promise<void> | void> = [];

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'parley-supervision-'));
});

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await fsp.rm(dir, { recursive: true, force: true });
});

async function embeddedRelay(restart: { readonly maxRestarts?: number } = {}): Promise<EmbeddedRelay & { readonly supervision: RelaySupervision }> {
  const relay = await startEmbeddedRelay({
    entry: path.join(root, 'server/main.ts'),
    nodeArgs: ['--import', pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href],
    dataDir: path.join(dir, 'relay'),
    port: 0,
    log,
    restart: { initialBackoffMs: 50, ...restart },
  });
  closers.push(() => relay.stop());
  const supervision = relay.supervision;
  if (supervision === undefined) throw new Error('a relay this desktop started is supervised');
  return { ...relay, supervision };
}

/** Every state the supervisor reports from now on, and a way to wait for one. */
function recorder(supervision: RelaySupervision): {
  readonly states: Array<LocalRelayState>;
  until(predicate: (state: LocalRelayState) => boolean): Promise<LocalRelayState>;
} {
  const states: Array<LocalRelayState> = [];
  const waiters = new Set<{ predicate: (state: LocalRelayState) => boolean; resolve: (state: LocalRelayState) => void }>();
  const dispose = supervision.onDidChangeState((state) => {
    states.push(state);
    for (const waiter of [...waiters]) {
      if (!waiter.predicate(state)) continue;
      waiters.delete(waiter);
      waiter.resolve(state);
    }
  });
  closers.push(dispose);
  return {
    states,
    until: (predicate) =>
      new Promise((resolve) => {
        waiters.add({ predicate, resolve });
      }),
  };
}

function kill(supervision: RelaySupervision): void {
  const pid = supervision.pid;
  if (pid === undefined) throw new Error('no relay child to kill');
  process.kill(pid, 'SIGKILL');
}

describe('the embedded relay supervisor', () => {
  it('starts a SIGKILLed relay again on the same port and data folder, and reports it', async () => {
    const relay = await embeddedRelay();
    const alice = await registerAccount(relay.url, 'alice');
    const firstPid = relay.supervision.pid;
    const seen = recorder(relay.supervision);

    kill(relay.supervision);
    const back = await seen.until((state) => state.kind === 'running');
    expect(seen.states[0]).toMatchObject({ kind: 'restarting', restarts: 0, signal: 'SIGKILL' });
    expect(back).toMatchObject({ kind: 'running', restarts: 1 });
    expect(relay.supervision.pid).not.toBe(firstPid);
    // The same relay: the same address, and the account registered before the kill.
    expect((await probeRelay(relay.url)).reachable).toBe(true);
    expect((await alice.call('GET', '/v1/accounts/whoami')).status).toBe(200);
  });

  it('gives up after too many deaths in a row, says so, and starts again on restartNow', async () => {
    const relay = await embeddedRelay({ maxRestarts: 1 });
    const seen = recorder(relay.supervision);
    const dataDir = path.join(dir, 'relay');
    const aside = path.join(dir, 'relay-aside');
    // While it is down, its data folder is replaced by a file: the restart fails too.
    const blocked = seen.until((state) => state.kind === 'restarting').then(() => {
      fs.renameSync(dataDir, aside);
      fs.writeFileSync(dataDir, 'not a folder');
    });
    kill(relay.supervision);
    await blocked;
    const failed = await seen.until((state) => state.kind === 'failed');
    expect(failed).toMatchObject({ kind: 'failed', restarts: 0 });
    expect((await probeRelay(relay.url)).reachable).toBe(false);

    fs.rmSync(dataDir);
    fs.renameSync(aside, dataDir);
    relay.supervision.restartNow();
    expect(await seen.until((state) => state.kind === 'running')).toMatchObject({ restarts: 1 });
    expect((await probeRelay(relay.url)).reachable).toBe(true);
  });

  it('does not restart a relay the desktop stopped', async () => {
    const relay = await embeddedRelay();
    const seen = recorder(relay.supervision);
    await relay.stop();
    expect(relay.supervision.pid).toBeUndefined();
    expect((await probeRelay(relay.url)).reachable).toBe(false);
    expect(seen.states).toEqual([]);
  });

  it('tells the renderer, through the connection service, that the local relay stopped and was restarted', async () => {
    const relay = await embeddedRelay();
    const host: HostContext = createHost({
      host: 'browser',
      version: 'test',
      relayUrl: relay.url,
      dataDir: path.join(dir, 'desktop'),
      log,
      keyStore: new InMemoryKeyStore(),
      localRelay: relay.supervision,
    });
    closers.push(() => host.close());
    const events: Array<ConnectionState> = [];
    const restarted = new Promise<ConnectionState>((resolve) => {
      host.router.addEventSink((channel, payload) => {
        if (channel !== eventChannel('connection', 'onDidChangeState')) return;
        const state = payload as ConnectionState;
        events.push(state);
        if (state.localRelay.kind === 'running' && state.localRelay.restarts === 1) resolve(state);
      });
    });

    kill(relay.supervision);
    const state = await restarted;
    expect(state.localRelay).toMatchObject({ kind: 'running', restarts: 1 });
    expect(events.some((event) => event.localRelay.kind === 'restarting')).toBe(true);
    const response = await host.router.invoke('parley:connection.getState', []);
    expect(response).toMatchObject({ ok: true, value: { localRelay: { kind: 'running', restarts: 1 }, relay: { kind: 'not-linked' } } });
  });
});
