/**
 * The desktop session when its storage fails, against a real relay, a real phone
 * engine, real SQLCipher files and the real Secret Service (vitest runs inside
 * scripts/with-keyring.sh): a damaged database, at start or while running, stops the
 * engine and shows a typed problem that keeps every file; a desktop that never linked
 * keeps no database, so a lost keyring costs it nothing.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
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
import { InMemoryKeyStore, KeytarKeyStore, keychainAccount, keychainService, loadKeytar } from '../../../../engine/keychain';
import { databaseFiles, openEncryptedStore, toDeviceId } from '../../../../engine/store';
import type { Store } from '../../../../engine/store';
import { noKeyringReason, secretServiceAvailable } from '../../engine/store/keychain-probe';
import { eventsOf, storeOf } from '../../../../engine/testing';

const keyring = await secretServiceAvailable();
const keytar = loadKeytar();
const log = pino({ level: 'silent' });
const pageSize = 4096;

let dir: string;
let relay: Relay;
const sessions: Array<DesktopSession> = [];
const engines: Array<Engine> = [];
const stores: Array<Store> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-session-storage-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  for (const engine of engines.splice(0)) await engine.stop();
  for (const store of stores.splice(0)) store.close();
  if (keyring) await keytar.deletePassword(keychainService, keychainAccount(profileIdFor(desktopDir())));
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

function desktopDir(): string {
  return path.join(dir, 'desktop');
}

function accountDir(): string {
  return path.join(desktopDir(), 'account');
}

async function startSession(): Promise<DesktopSession> {
  const session = new DesktopSession({
    dataDir: desktopDir(),
    relayUrl: relay.url,
    keyStore: new KeytarKeyStore(),
    defaultDeviceName: 'Test desktop',
    log,
  });
  sessions.push(session);
  await session.initialize();
  return session;
}

/** Resolves with the session's state once it is of `kind` (now or at a later change). */
function stateOf<K extends LinkState['kind']>(session: DesktopSession, kind: K): Promise<Extract<LinkState, { kind: K }>> {
  return new Promise((resolve) => {
    const check = (state: LinkState): boolean => {
      if (state.kind !== kind) return false;
      resolve(state as Extract<LinkState, { kind: K }>);
      return true;
    };
    if (check(session.state)) return;
    const dispose = session.on('state', (state) => {
      if (check(state)) dispose();
    });
  });
}

async function registerPhone(handle = 'alice'): Promise<Engine> {
  const store = await openEncryptedStore({ dataDir: path.join(dir, handle), keyStore: new InMemoryKeyStore(), profileId: handle });
  stores.push(store);
  const engine = await registerPrimary({ store, relayUrl: relay.url, handle });
  engines.push(engine);
  engine.start();
  return engine;
}

/** A desktop linked to a phone, then closed, with enough messages that the file has many pages. */
async function linkedDesktopOnDisk(phone: Engine): Promise<void> {
  const session = await startSession();
  await phone.devices.provision((await stateOf(session, 'showing-code')).url);
  await stateOf(session, 'linked');
  await session.close();
  sessions.splice(sessions.indexOf(session), 1);
  const store = await openEncryptedStore({ dataDir: accountDir(), keyStore: new KeytarKeyStore(), profileId: profileIdFor(desktopDir()) });
  const peer = phone.account.accountId;
  store.transaction(() => {
    const conversation = store.getOrCreateDirectConversation(peer);
    for (let index = 0; index < 400; index++) {
      store.insertMessage({
        conversationId: conversation.id,
        kind: 'text',
        direction: 'incoming',
        senderAccountId: peer,
        senderDeviceId: toDeviceId(1),
        serverGuid: null,
        sentAt: index,
        receivedAt: index,
        body: `old message ${String(index)} ${randomUUID()}`,
        status: 'read',
        errorText: null,
      });
    }
  });
  store.close();
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile()) continue;
    result[entry.name] = createHash('sha256').update(await fs.readFile(path.join(folder, entry.name))).digest('hex');
  }
  return result;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

describe.skipIf(!keyring)(`the desktop session's storage failures${keyring ? '' : ` (skipped: ${noKeyringReason})`}`, () => {
  it('shows database-corrupt at start for damage past page 1, keeps every file and starts no engine', async () => {
    const phone = await registerPhone();
    await linkedDesktopOnDisk(phone);
    const file = databaseFiles(accountDir()).database;
    const pages = (await fs.stat(file)).size / pageSize;
    expect(pages).toBeGreaterThan(20);
    const handle = await fs.open(file, 'r+');
    await handle.write(randomBytes(32), 0, 32, Math.floor(pages / 2) * pageSize + 300);
    await handle.close();
    const before = await snapshot(accountDir());

    const session = await startSession();
    const failed = await stateOf(session, 'failed');
    expect(failed.problem).toEqual({ code: 'database-corrupt' });
    expect(failed.hasLocalData).toBe(true);
    expect(failed.dataDir).toBe(accountDir());
    expect(session.engine).toBeUndefined();
    expect(await snapshot(accountDir())).toEqual(before);

    // "Try again" meets the same damage and changes nothing either. The pages are checked
    // on a worker thread while the chats show, so the problem follows the reopening.
    await session.start();
    expect((await stateOf(session, 'failed')).problem).toEqual({ code: 'database-corrupt' });
    expect(session.engine).toBeUndefined();
    expect(await snapshot(accountDir())).toEqual(before);
  });

  it('stops the engine on a storage failure while running, keeps the files, and loses no message after "Try again"', async () => {
    const phone = await registerPhone();
    const friend = await registerPhone('bob');
    const session = await startSession();
    await phone.devices.provision((await stateOf(session, 'showing-code')).url);
    await stateOf(session, 'linked');
    const engine = session.engine;
    if (engine === undefined) throw new Error('no engine');

    // The engine's contract: it stopped acknowledging and says why.
    eventsOf(engine).emit('storageFailed', { code: 'database-io' });
    const failed = await stateOf(session, 'failed');
    expect(failed.problem).toEqual({ code: 'database-io' });
    expect(failed.hasLocalData).toBe(true);
    expect(session.engine).toBeUndefined();
    expect(await exists(databaseFiles(accountDir()).database)).toBe(true);

    // Sent while the desktop is stopped: the relay keeps it for the desktop.
    friend.messaging.sendText(phone.account.accountId, 'sent while the desktop was stopped');
    await friend.flushOutbox();

    await session.start();
    await stateOf(session, 'linked');
    const restarted = session.engine;
    if (restarted === undefined) throw new Error('no engine after "Try again"');
    await new Promise<void>((resolve) => {
      const dispose = restarted.on('queueEmpty', () => {
        dispose();
        resolve();
      });
    });
    const bodies = storeOf(restarted)
      .listConversationOverviews()
      .flatMap((overview) => restarted.messaging.list(overview.conversation.id, 50).map((message) => message.body));
    expect(bodies).toContain('sent while the desktop was stopped');
  });

  it('refuses an empty database beside a WAL that holds data, and keeps both', async () => {
    const phone = await registerPhone();
    await linkedDesktopOnDisk(phone);
    const files = databaseFiles(accountDir());
    // What is left after the main file lost its content: the data only in the WAL.
    await fs.writeFile(files.wal, await fs.readFile(files.database));
    await fs.writeFile(files.database, '');
    const before = await snapshot(accountDir());

    const session = await startSession();
    const failed = await stateOf(session, 'failed');
    expect(failed.problem).toEqual({ code: 'database-file', reason: 'wal-without-database' });
    expect(failed.hasLocalData).toBe(true);
    expect(await snapshot(accountDir())).toEqual(before);
  });

  it('keeps no database before linking, so a desktop that never linked shows a code in a new keyring', async () => {
    const first = await startSession();
    await stateOf(first, 'showing-code');
    await first.close();
    sessions.splice(sessions.indexOf(first), 1);
    expect(await exists(databaseFiles(accountDir()).database)).toBe(false);

    // A new throwaway keyring (scripts/with-keyring.sh npm start again): the old key is gone.
    await keytar.deletePassword(keychainService, keychainAccount(profileIdFor(desktopDir())));
    const second = await startSession();
    expect((await stateOf(second, 'showing-code')).kind).toBe('showing-code');
  });

  it('starts over from a damaged database only when asked: unlink wipes it and shows a code', async () => {
    const phone = await registerPhone();
    await linkedDesktopOnDisk(phone);
    const file = databaseFiles(accountDir()).database;
    const handle = await fs.open(file, 'r+');
    await handle.write(randomBytes(32), 0, 32, 10 * pageSize + 300);
    await handle.close();
    const session = await startSession();
    await stateOf(session, 'failed');
    expect(await exists(file)).toBe(true);

    await session.unlink();
    await stateOf(session, 'showing-code');
    expect(await exists(file)).toBe(false);
  });
});
