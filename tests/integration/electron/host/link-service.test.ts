/**
 * The desktop's `link` and `chats` services against a real relay, with a real phone
 * engine and the real keychain (vitest runs inside scripts/with-keyring.sh): linking by
 * the URL the service shows, messages both ways, unlinking from the desktop, and the
 * refusals (a tampered envelope, an unusable keychain, a database without its key).
 * What the desktop does when the relay refuses it (or the phone unlinks it) is in
 * relay-refusal.test.ts.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PrivateKey } from '@signalapp/libsignal-client';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChatsHandler } from '../../../../electron/host/services/chats-handler';
import { DesktopSession, profileIdFor } from '../../../../electron/host/services/desktop-session';
import { createLinkHandler } from '../../../../electron/host/services/link-handler';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import type { ConversationSummary, MessagePage, MessageView } from '../../../../shared/ipc/chats';
import { chatsService } from '../../../../shared/ipc/chats';
import type { LinkState } from '../../../../shared/ipc/link';
import { linkService } from '../../../../shared/ipc/link';
import { IpcRouter } from '../../../../shared/ipc/router';
import { methodChannel } from '../../../../shared/ipc/service';
import { ProvisionEnvelope } from '../../../../shared/proto';
import { encryptProvisioningMessage } from '../../../../engine/crypto/provisioning-cipher';
import type { Engine } from '../../../../engine/engine';
import { registerPrimary } from '../../../../engine/compose';
import { InMemoryKeyStore, KeychainUnavailableError, KeytarKeyStore } from '../../../../engine/keychain';
import type { KeyStore } from '../../../../engine/keychain';
import { parseLinkUrl } from '../../../../engine/linking/link-url';
import { databaseFiles, openEncryptedStore } from '../../../../engine/store';
import type { Store } from '../../../../engine/store';
import { relayOf } from '../../../../engine/testing';

const log = pino({ level: 'silent' });

let dir: string;
let relay: Relay;
const engines: Array<Engine> = [];
const stores: Array<Store> = [];
const sessions: Array<DesktopSession> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-link-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  for (const engine of engines.splice(0)) await engine.stop();
  for (const store of stores.splice(0)) store.close();
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

interface Desktop {
  readonly session: DesktopSession;
  readonly dataDir: string;
  readonly states: Array<LinkState>;
  call<T>(service: 'link' | 'chats', method: string, ...args: Array<unknown>): Promise<T>;
  waitFor<K extends LinkState['kind']>(kind: K, timeoutMs?: number): Promise<Extract<LinkState, { kind: K }>>;
}

/** The services as the host wires them: one router, the session behind both handlers. */
async function startDesktop(
  options: { readonly keyStore?: KeyStore; readonly rotateAfterMs?: number; readonly maxRotations?: number; readonly dataDir?: string } = {},
): Promise<Desktop> {
  const dataDir = options.dataDir ?? path.join(dir, 'desktop');
  const session = new DesktopSession({
    dataDir,
    relayUrl: relay.url,
    keyStore: options.keyStore ?? new KeytarKeyStore(),
    defaultDeviceName: 'Test desktop',
    log,
    ...(options.rotateAfterMs === undefined ? {} : { rotateAfterMs: options.rotateAfterMs }),
    ...(options.maxRotations === undefined ? {} : { maxRotations: options.maxRotations }),
  });
  sessions.push(session);
  const router = new IpcRouter();
  router.registerService(linkService, (emit) => createLinkHandler(session, emit));
  router.registerService(chatsService, (emit) => createChatsHandler(session, emit));
  const states: Array<LinkState> = [];
  router.addEventSink((channel, payload) => {
    if (channel === 'parley:link:onDidChangeLinkState') states.push(payload as LinkState);
  });
  await session.initialize();
  return {
    session,
    dataDir,
    states,
    call: async <T,>(service: 'link' | 'chats', method: string, ...args: Array<unknown>): Promise<T> => {
      const response = await router.invoke(methodChannel(service, method), args);
      if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
      return response.value as T;
    },
    waitFor: async (kind, timeoutMs = 20_000) => {
      await eventually(() => session.state.kind === kind, timeoutMs, `link state ${kind} (now ${session.state.kind})`);
      return session.state as Extract<LinkState, { kind: typeof kind }>;
    },
  };
}

async function eventually(predicate: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function eventuallyAsync(predicate: () => Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function registerPhone(profile: string, handle: string): Promise<Engine> {
  const store = await openEncryptedStore({ dataDir: path.join(dir, profile), keyStore: new InMemoryKeyStore(), profileId: profile });
  stores.push(store);
  const engine = await registerPrimary({ store, relayUrl: relay.url, handle });
  engines.push(engine);
  engine.start();
  return engine;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

describe('the desktop link service', () => {
  it('shows the history the phone sends as it arrives, then the imported chats', async () => {
    const phone = await registerPhone('phone', 'alice');
    await registerPhone('friend', 'bob');
    const bobId = await phone.contacts.resolveHandle('bob');
    for (let index = 0; index < 30; index++) phone.messaging.sendText(bobId, `history ${String(index)}`);
    await phone.flushOutbox();
    const desktop = await startDesktop();
    const code = await desktop.waitFor('showing-code');
    await phone.devices.provision(code.url);
    const linked = await desktop.waitFor('linked');
    expect(linked.historyProblem).toBeUndefined();
    const syncing = desktop.states.filter((state) => state.kind === 'syncing');
    expect(syncing.length).toBeGreaterThan(0);
    expect(syncing.at(-1)).toMatchObject({ phase: 'importing', conversations: 1, importedConversations: 1 });
    const [conversation] = await desktop.call<Array<ConversationSummary>>('chats', 'listConversations');
    expect(conversation?.lastMessagePreview).toEqual({ kind: 'text', text: 'history 29' });
    const page = await desktop.call<MessagePage>('chats', 'listMessages', conversation?.id ?? '', { kind: 'latest' }, 100);
    expect(page.messages).toHaveLength(30);
    expect(page.hasOlder).toBe(false);
  });

  it('links by the URL it shows, then receives what the phone and a contact send and sends itself', async () => {
    const phone = await registerPhone('phone', 'alice');
    const friend = await registerPhone('friend', 'bob');
    const desktop = await startDesktop();
    await desktop.call('link', 'setDeviceName', '  Work laptop ');

    const code = await desktop.waitFor('showing-code');
    expect(code.url).toMatch(/^parley:\/\/link\?uuid=/);
    expect(code.rotation).toBe(1);
    expect(code.deviceName).toBe('Work laptop');
    await phone.devices.provision(code.url);

    const linked = await desktop.waitFor('linked');
    expect(linked.deviceId).toBe(2);
    expect(linked.handle).toBe('alice');
    expect(desktop.states.map((state) => state.kind)).toContain('linking');
    expect(desktop.session.engine).toBeDefined();
    // The phone sees the new device, named as the user chose.
    const devices = await phone.devices.list();
    expect(devices.devices.map((device) => device.id).sort()).toEqual([1, 2]);

    // The phone writes to a contact: the desktop gets the transcript.
    const bobId = await phone.contacts.resolveHandle('bob');
    phone.messaging.sendText(bobId, 'sent from the phone');
    let conversations: Array<ConversationSummary> = [];
    await eventuallyAsync(async () => {
      conversations = await desktop.call<Array<ConversationSummary>>('chats', 'listConversations');
      const preview = conversations[0]?.lastMessagePreview;
        return preview?.kind === 'text' && preview.text === 'sent from the phone';
    }, 20_000, 'the transcript on the desktop');
    const conversation = conversations[0];
    if (conversation === undefined) throw new Error('no conversation');

    // The contact answers: every device of the account gets it.
    friend.messaging.sendText(phone.account.accountId, 'hello, both of you');
    await eventuallyAsync(async () => {
      const { messages } = await desktop.call<MessagePage>('chats', 'listMessages', conversation.id, { kind: 'latest' }, 100);
      return messages.some((message) => message.body === 'hello, both of you' && message.direction === 'incoming');
    }, 20_000, 'the contact’s message on the desktop');
    const [withUnread] = await desktop.call<Array<ConversationSummary>>('chats', 'listConversations');
    expect(withUnread?.unread).toBe(1);
    await desktop.call('chats', 'markRead', conversation.id);
    const [afterRead] = await desktop.call<Array<ConversationSummary>>('chats', 'listConversations');
    expect(afterRead?.unread).toBe(0);

    // The desktop sends: the contact receives it from the desktop.
    const sent = await desktop.call<MessageView>('chats', 'sendMessage', conversation.id, {
      body: 'typed on the desktop',
      attachmentIds: [],
      quoteMessageId: null,
    });
    expect(sent.direction).toBe('outgoing');
    const friendConversation = () => friend.conversations.direct(phone.account.accountId);
    await eventually(
      () => friend.messaging.list(friendConversation()?.id ?? ('' as never)).some((message) => message.body === 'typed on the desktop'),
      20_000,
      'the contact to receive the desktop’s message',
    );
  });

  it('refuses a tampered linking message with a typed problem, and stores nothing', async () => {
    const phone = await registerPhone('phone', 'alice');
    const desktop = await startDesktop();
    const code = await desktop.waitFor('showing-code');

    const target = parseLinkUrl(code.url);
    const sealed = encryptProvisioningMessage(new Uint8Array(64).fill(7), target.publicKey);
    const body = Uint8Array.from(sealed.body);
    body[body.length - 1] = (body[body.length - 1] ?? 0) ^ 0x01;
    await relayOf(phone).sendProvisioningMessage(target.address, ProvisionEnvelope.encode({ publicKey: sealed.publicKey, body }).finish());

    const failed = await desktop.waitFor('failed');
    expect(failed.problem).toEqual({ code: 'link-integrity' });
    expect(failed.hasLocalData).toBe(false);
    expect(await desktop.call('chats', 'listConversations')).toEqual([]);
    expect((await phone.devices.list()).devices).toHaveLength(1);

    // Nothing of an account reached the disk: a desktop that never linked has no database.
    await desktop.session.close();
    expect(await exists(databaseFiles(path.join(desktop.dataDir, 'account')).database)).toBe(false);
  });

  it('offers a fresh code on "Try again" after a failure, and a wrong key of a stranger is refused', async () => {
    const desktop = await startDesktop();
    const first = await desktop.waitFor('showing-code');
    const stranger = PrivateKey.generate();
    const target = parseLinkUrl(first.url);
    // Sealed to another key: the MAC cannot verify.
    const sealed = encryptProvisioningMessage(new Uint8Array(32), stranger.getPublicKey());
    const phone = await registerPhone('phone', 'alice');
    await relayOf(phone).sendProvisioningMessage(target.address, ProvisionEnvelope.encode(sealed).finish());
    await desktop.waitFor('failed');

    const again = await desktop.call<LinkState>('link', 'start');
    expect(['connecting', 'showing-code']).toContain(again.kind);
    const second = await desktop.waitFor('showing-code');
    expect(second.url).not.toBe(first.url);
    await phone.devices.provision(second.url);
    await desktop.waitFor('linked');
  });

  it('rotates the code before it expires and stops after the last rotation', async () => {
    const desktop = await startDesktop({ rotateAfterMs: 600, maxRotations: 3 });
    const first = await desktop.waitFor('showing-code');
    await eventually(() => desktop.session.state.kind === 'showing-code' && desktop.session.state.rotation === 3, 10_000, 'the third code');
    await desktop.waitFor('expired', 10_000);
    const shown = desktop.states.flatMap((state) => (state.kind === 'showing-code' ? [state] : []));
    expect(shown.map((state) => state.rotation)).toEqual([1, 2, 3]);
    expect(new Set(shown.map((state) => state.url)).size).toBe(3);
    expect(shown[0]?.url).toBe(first.url);
    // An old code no longer reaches this desktop.
    const phone = await registerPhone('phone', 'alice');
    await expect(phone.devices.provision(first.url)).rejects.toThrow();

    await desktop.call('link', 'start');
    const fresh = await desktop.waitFor('showing-code');
    expect(fresh.rotation).toBe(1);
  });

  it('validates the device name before it reaches the service', async () => {
    const desktop = await startDesktop();
    await expect(desktop.call('link', 'setDeviceName', '   ')).rejects.toThrow('INVALID_ARGUMENT');
    await expect(desktop.call('link', 'setDeviceName', 'x'.repeat(51))).rejects.toThrow('INVALID_ARGUMENT');
    const state = await desktop.call<LinkState>('link', 'setDeviceName', 'Kitchen');
    expect(state.deviceName).toBe('Kitchen');
  });

  it('wipes the database and its keychain entry on "Unlink this desktop" and shows a new code', async () => {
    const phone = await registerPhone('phone', 'alice');
    const keyStore = new KeytarKeyStore();
    const desktop = await startDesktop({ keyStore });
    await phone.devices.provision((await desktop.waitFor('showing-code')).url);
    await desktop.waitFor('linked');
    const files = databaseFiles(path.join(desktop.dataDir, 'account'));
    expect(await exists(files.database)).toBe(true);

    const after = await desktop.call<LinkState>('link', 'unlink');
    expect(['connecting', 'showing-code']).toContain(after.kind);
    expect(desktop.session.engine).toBeUndefined();
    // The relay forgot the device, so the phone's list no longer shows it.
    expect((await phone.devices.list()).devices.map((device) => device.id)).toEqual([1]);
    await desktop.waitFor('showing-code');
    // A fresh, empty database with a fresh key replaced the old one.
    await desktop.session.close();
    const store = await openEncryptedStore({ dataDir: path.dirname(files.database), keyStore, profileId: profileIdFor(desktop.dataDir) });
    stores.push(store);
    expect(store.getAccount()).toBeUndefined();
  });

  it('reports an unusable keychain as a failed state, and recovers on "Try again"', async () => {
    let reachable = false;
    const memory = new InMemoryKeyStore();
    const flaky: KeyStore = {
      getDatabaseKey: (profile) =>
        reachable ? memory.getDatabaseKey(profile) : Promise.reject(new KeychainUnavailableError('no-bus', 'no D-Bus session')),
      setDatabaseKey: (profile, key) => memory.setDatabaseKey(profile, key),
      deleteDatabaseKey: (profile) => memory.deleteDatabaseKey(profile),
      describeEntry: (profile) => memory.describeEntry(profile),
    };
    const desktop = await startDesktop({ keyStore: flaky });
    const failed = await desktop.waitFor('failed');
    expect(failed.problem).toEqual({ code: 'keychain-unavailable', reason: 'no-bus' });
    // A first run: the renderer keeps the user on the link screen, nothing is at stake yet.
    expect(failed.hasLocalData).toBe(false);
    reachable = true;
    await desktop.call('link', 'start');
    await desktop.waitFor('showing-code');
  });

  it('never replaces a database whose key is missing from the keychain', async () => {
    const keyStore = new InMemoryKeyStore();
    const phone = await registerPhone('phone', 'alice');
    const first = await startDesktop({ keyStore });
    await phone.devices.provision((await first.waitFor('showing-code')).url);
    await first.waitFor('linked');
    await first.session.close();
    const files = databaseFiles(path.join(first.dataDir, 'account'));
    const before = await fs.readFile(files.database);
    await keyStore.deleteDatabaseKey(profileIdFor(first.dataDir));

    const second = await startDesktop({ keyStore, dataDir: first.dataDir });
    const failed = await second.waitFor('failed');
    expect(failed.problem).toEqual({ code: 'database-key-missing', service: 'Parley', account: `database-key:${profileIdFor(first.dataDir)}` });
    expect(failed.hasLocalData).toBe(true);
    expect(failed.dataDir).toBe(path.join(first.dataDir, 'account'));
    expect(Buffer.compare(await fs.readFile(files.database), before)).toBe(0);
  });
});
