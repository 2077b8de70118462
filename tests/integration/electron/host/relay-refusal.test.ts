/**
 * A refused relay connection never deletes anything (issue 10, item 1), driven through
 * the real `DesktopSession` against real relays, the real keychain (vitest runs inside
 * scripts/with-keyring.sh) and real SQLCipher files:
 *
 * (a) the relay comes back on an empty data folder: the desktop shows `relay-unknown`
 *     and keeps its database, attachments and keychain entry byte for byte;
 * (b) another process answers 401 on the relay's port: the same, and the desktop is
 *     back in its chats once the real relay returns;
 * (c) the phone really unlinks the desktop: `unlinked-by-phone`, everything still
 *     there until the user's `unlink()`, then gone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesktopSession, profileIdFor } from '../../../../electron/host/services/desktop-session';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import type { LinkState } from '../../../../shared/ipc/link';
import type { Engine } from '../../../../engine/engine';
import { registerPrimary } from '../../../../engine/compose';
import { InMemoryKeyStore, KeytarKeyStore } from '../../../../engine/keychain';
import { databaseFiles, openEncryptedStore } from '../../../../engine/store';
import type { Store } from '../../../../engine/store';
import { storeOf } from '../../../../engine/testing';

const log = pino({ level: 'silent' });
const keyStore = new KeytarKeyStore();

let dir: string;
let port: number;
let relay: Relay | undefined;
const closers: Array<() => Promise<void>> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-refusal-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  port = Number(new URL(relay.url).port);
});

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await relay?.close();
  relay = undefined;
  await keyStore.deleteDatabaseKey(profileIdFor(path.join(dir, 'desktop')));
  await fs.rm(dir, { recursive: true, force: true });
});

const relayUrl = (): string => `http://127.0.0.1:${String(port)}`;
const desktopDir = (): string => path.join(dir, 'desktop');

async function stopRelay(): Promise<void> {
  await relay?.close();
  relay = undefined;
}

/** A relay on the same port as before, on `dataDir`. */
async function startRelayAt(dataDir: string): Promise<void> {
  relay = await startRelay({ host: '127.0.0.1', port, dataDir, logger: false });
}

interface Desktop {
  readonly session: DesktopSession;
  waitFor<K extends LinkState['kind']>(kind: K): Promise<Extract<LinkState, { kind: K }>>;
  close(): Promise<void>;
}

async function startDesktop(): Promise<Desktop> {
  const session = new DesktopSession({ dataDir: desktopDir(), relayUrl: relayUrl(), keyStore, defaultDeviceName: 'Refusal test', log });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await session.close();
  };
  closers.push(close);
  await session.initialize();
  return {
    session,
    waitFor: (kind) =>
      new Promise((resolve) => {
        const matches = (state: LinkState): boolean => state.kind === kind;
        if (matches(session.state)) {
          resolve(session.state as Extract<LinkState, { kind: typeof kind }>);
          return;
        }
        const dispose = session.on('state', (state) => {
          if (!matches(state)) return;
          dispose();
          resolve(state as Extract<LinkState, { kind: typeof kind }>);
        });
      }),
    close,
  };
}

async function registerPhone(): Promise<Engine> {
  const store: Store = await openEncryptedStore({ dataDir: path.join(dir, 'phone'), keyStore: new InMemoryKeyStore(), profileId: 'phone' });
  const engine = await registerPrimary({ store, relayUrl: relayUrl(), handle: 'alice' });
  closers.push(async () => {
    await engine.stop();
    store.close();
  });
  engine.start();
  return engine;
}

/** Resolves once the engine's socket is open and it has pinned the relay's trust root. */
async function settled(engine: Engine): Promise<void> {
  await new Promise<void>((resolve) => {
    if (engine.connectionState.kind === 'open') {
      resolve();
      return;
    }
    const dispose = engine.on('connection', (state) => {
      if (state.kind !== 'open') return;
      dispose();
      resolve();
    });
  });
  // The engine pins the root while it maintains its keys after the socket opens; no event says when.
  const started = Date.now();
  while (storeOf(engine).getItem('relayTrustRoot') === undefined) {
    if (Date.now() - started > 20_000) throw new Error('the desktop never pinned the relay trust root');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A desktop linked to a new phone, with something worth keeping: a message the phone
 * sent and an encrypted attachment file. Closed again, so its files are at rest.
 */
async function linkedDesktopAtRest(): Promise<void> {
  const phone = await registerPhone();
  const desktop = await startDesktop();
  await phone.devices.provision((await desktop.waitFor('showing-code')).url, { history: false });
  await desktop.waitFor('linked');
  const engine = desktop.session.engine;
  if (engine === undefined) throw new Error('no engine');
  await settled(engine);
  const staging = await engine.attachments.beginStaging({
    contentType: 'application/pdf',
    fileName: 'kept.pdf',
    size: 4,
    width: null,
    height: null,
    durationMs: null,
    voiceNote: false,
  });
  await engine.attachments.appendStaging(staging, Buffer.from('kept'));
  await engine.attachments.finishStaging(staging);
  await desktop.close();
}

/** Every byte this desktop keeps: each file under its account folder, and its keychain entry. */
async function snapshot(): Promise<Record<string, string>> {
  const accountDir = path.join(desktopDir(), 'account');
  const files: Record<string, string> = {};
  for (const entry of await fs.readdir(accountDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(accountDir, file)] = createHash('sha256').update(await fs.readFile(file)).digest('hex');
  }
  const key = await keyStore.getDatabaseKey(profileIdFor(desktopDir()));
  files['<keychain>'] = key === null ? 'none' : createHash('sha256').update(key).digest('hex');
  return files;
}

/** A local process on the relay's port that answers every request and upgrade with a bare 401. */
async function impostorOnRelayPort(): Promise<() => Promise<void>> {
  const server = http.createServer((_request, response) => {
    response.writeHead(401).end();
  });
  server.on('upgrade', (_request, socket: NodeJS.WritableStream & { destroy(): void }) => {
    socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve();
      });
    });
}

describe('a desktop its relay refuses', () => {
  it('(a) keeps its database, attachments and keychain entry byte for byte and shows relay-unknown when the relay restarted on an empty data folder', async () => {
    await linkedDesktopAtRest();
    const before = await snapshot();
    expect(Object.keys(before).some((file) => file.startsWith('attachments'))).toBe(true);
    expect(before['<keychain>']).not.toBe('none');

    await stopRelay();
    await startRelayAt(path.join(dir, 'empty-relay'));
    const desktop = await startDesktop();
    const unknown = await desktop.waitFor('relay-unknown');
    expect(unknown).toMatchObject({ reason: 'unknown-device', deviceId: 2, handle: 'alice' });
    await desktop.close();

    expect(await snapshot()).toEqual(before);
  });

  it('(b) keeps every byte when another process answers 401 on the relay’s port, and returns to its chats when the relay is back', async () => {
    await linkedDesktopAtRest();
    const before = await snapshot();

    await stopRelay();
    const stopImpostor = await impostorOnRelayPort();
    const desktop = await startDesktop();
    expect(await desktop.waitFor('relay-unknown')).toMatchObject({ reason: 'unrecognised' });
    // "Try again" asks the impostor again: still refused, still nothing deleted.
    await desktop.session.start();
    await desktop.close();
    expect(await snapshot()).toEqual(before);

    await stopImpostor();
    await startRelayAt(path.join(dir, 'relay'));
    const back = await startDesktop();
    expect(await back.waitFor('linked')).toMatchObject({ deviceId: 2, handle: 'alice' });
    const engine = back.session.engine;
    if (engine === undefined) throw new Error('no engine');
    await settled(engine);
  });

  it('(c) shows unlinked-by-phone when the phone really unlinks it, keeps its data until unlink(), then deletes it', async () => {
    const phone = await registerPhone();
    const desktop = await startDesktop();
    await phone.devices.provision((await desktop.waitFor('showing-code')).url, { history: false });
    const linked = await desktop.waitFor('linked');
    const engine = desktop.session.engine;
    if (engine === undefined) throw new Error('no engine');
    await settled(engine);

    const removedFrom = Date.now();
    await phone.devices.remove(linked.deviceId);
    const unlinked = await desktop.waitFor('unlinked-by-phone');
    expect(unlinked.removedAt).toBeGreaterThanOrEqual(removedFrom);
    const files = databaseFiles(path.join(desktopDir(), 'account'));
    expect(await fs.stat(files.database).then(() => true)).toBe(true);
    expect(await keyStore.getDatabaseKey(profileIdFor(desktopDir()))).not.toBeNull();
    // "Try again" does not show a code over the account, nor delete it.
    expect((await desktop.session.start()).kind).toBe('unlinked-by-phone');
    expect(await fs.stat(files.database).then(() => true)).toBe(true);

    // Restarted, it still keeps everything and says the same.
    await desktop.close();
    const again = await startDesktop();
    await again.waitFor('unlinked-by-phone');
    expect(await keyStore.getDatabaseKey(profileIdFor(desktopDir()))).not.toBeNull();

    const oldKey = await keyStore.getDatabaseKey(profileIdFor(desktopDir()));

    // The user confirms "Delete this desktop's data": only now does it go, and a fresh code follows.
    const after = await again.session.unlink();
    expect(['connecting', 'showing-code']).toContain(after.kind);
    await again.close();
    const newKey = await keyStore.getDatabaseKey(profileIdFor(desktopDir()));
    expect(newKey === null || Buffer.compare(newKey, oldKey ?? new Uint8Array()) !== 0).toBe(true);
    const store = await openEncryptedStore({ dataDir: path.dirname(files.database), keyStore, profileId: profileIdFor(desktopDir()) });
    expect(store.getAccount()).toBeUndefined();
    store.close();
    await expect(fs.stat(path.join(desktopDir(), 'account', 'attachments'))).rejects.toThrow();
  });
});
