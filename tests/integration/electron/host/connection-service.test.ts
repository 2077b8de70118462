/**
 * The `connection` IPC service over a real linked desktop (issue 10, item 9): it reports
 * the relay socket's state as codes the renderer words itself, with when the next
 * attempt is, and "Retry now" starts that attempt at once.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConnectionHandler } from '../../../../electron/host/services/connection-handler';
import { DesktopSession } from '../../../../electron/host/services/desktop-session';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import type { ConnectionState } from '../../../../shared/ipc/connection';
import { connectionService } from '../../../../shared/ipc/connection';
import { IpcRouter } from '../../../../shared/ipc/router';
import { eventChannel, methodChannel } from '../../../../shared/ipc/service';
import { registerPrimary } from '../../../../engine/compose';
import { InMemoryKeyStore } from '../../../../engine/keychain';
import { openEncryptedStore } from '../../../../engine/store';

const log = pino({ level: 'silent' });

let dir: string;
let relay: Relay | undefined;
const closers: Array<() => Promise<void>> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-connection-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await relay?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the connection service', () => {
  it('reports the relay going away with a reason code and retryAt, and reconnects at once on retryNow', async () => {
    const url = relay?.url ?? '';
    const port = Number(new URL(url).port);
    const phoneStore = await openEncryptedStore({ dataDir: path.join(dir, 'phone'), keyStore: new InMemoryKeyStore(), profileId: 'phone' });
    const phone = await registerPrimary({ store: phoneStore, relayUrl: url, handle: 'alice' });
    closers.push(async () => {
      await phone.stop();
      phoneStore.close();
    });
    const session = new DesktopSession({
      dataDir: path.join(dir, 'desktop'),
      relayUrl: url,
      keyStore: new InMemoryKeyStore(),
      defaultDeviceName: 'Connection test',
      log,
    });
    closers.push(() => session.close());
    const router = new IpcRouter();
    router.registerService(connectionService, (emit) => createConnectionHandler(session, undefined, emit));
    const waiters = new Set<{ predicate: (state: ConnectionState) => boolean; resolve: (state: ConnectionState) => void }>();
    router.addEventSink((channel, payload) => {
      if (channel !== eventChannel('connection', 'onDidChangeState')) return;
      for (const waiter of [...waiters]) {
        if (!waiter.predicate(payload as ConnectionState)) continue;
        waiters.delete(waiter);
        waiter.resolve(payload as ConnectionState);
      }
    });
    const next = (predicate: (state: ConnectionState) => boolean): Promise<ConnectionState> =>
      new Promise((resolve) => {
        waiters.add({ predicate, resolve });
      });
    const call = async (method: 'getState' | 'retryNow'): Promise<ConnectionState> => {
      const response = await router.invoke(methodChannel('connection', method), []);
      if (!response.ok) throw new Error(response.error.code);
      return response.value as ConnectionState;
    };

    expect(await call('getState')).toEqual({ relay: { kind: 'not-linked' }, localRelay: { kind: 'external' } });
    const opened = next((state) => state.relay.kind === 'open');
    await session.initialize();
    const code = await new Promise<string>((resolve) => {
      const dispose = session.on('state', (state) => {
        if (state.kind !== 'showing-code') return;
        dispose();
        resolve(state.url);
      });
    });
    await phone.devices.provision(code, { history: false });
    await opened;

    const offline = next((state) => state.relay.kind === 'waiting');
    const before = Date.now();
    await relay?.close();
    relay = undefined;
    const waiting = (await offline).relay;
    if (waiting.kind !== 'waiting') throw new Error('not waiting');
    expect(waiting.reason).toBe('closed');
    expect(waiting.retryAt).toBeGreaterThanOrEqual(before);

    // Nothing listens now: the next attempt is refused, and says so.
    const refused = next((state) => state.relay.kind === 'waiting' && state.relay.reason === 'refused');
    await call('retryNow');
    expect((await refused).relay).toMatchObject({ kind: 'waiting', reason: 'refused', attempt: 2 });

    relay = await startRelay({ host: '127.0.0.1', port, dataDir: path.join(dir, 'relay'), logger: false });
    const back = next((state) => state.relay.kind === 'open');
    const retried = await call('retryNow');
    expect(retried.relay.kind).toBe('connecting');
    expect((await back).relay).toEqual({ kind: 'open' });
  });
});
