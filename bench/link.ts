/**
 * `npm run bench:link`: time from "the phone scanned the code" to the desktop's chat
 * list, with 10,000 messages of history in 100 conversations, through the real relay,
 * the real desktop host session and SQLCipher stores. Reported against a limit measured
 * in the same run: the unavoidable work alone (encrypting and decrypting the same
 * bundle, and inserting the same rows in one transaction). Never asserted.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import pino from 'pino';
import { createChatsHandler } from '../electron/host/services/chats-handler';
import { DesktopSession } from '../electron/host/services/desktop-session';
import { startRelay } from '../server/relay';
import { UNLIMITED } from '../server/rate-limit';
import { chatsService } from '../shared/ipc/chats';
import { IpcRouter } from '../shared/ipc/router';
import { methodChannel } from '../shared/ipc/service';
import { createAttachmentEncryptor, decryptAttachment } from '../engine/crypto/attachment-cipher';
import type { Engine } from '../engine/engine';
import { registerPrimary } from '../engine/compose';
import { InMemoryKeyStore } from '../engine/keychain';
import { exportHistory } from '../engine/linking/history';
import { openEncryptedStore, toAccountId, toDeviceId } from '../engine/store';
import type { Store } from '../engine/store';

const conversations = Number(process.env['BENCH_CONVERSATIONS'] ?? 100);
const perConversation = Number(process.env['BENCH_MESSAGES_PER_CONVERSATION'] ?? 100);

/** Fills a store with history as if the phone had been in use: half sent, half received. */
function seed(store: Store, me: string, now: number): void {
  store.transaction(() => {
    for (let c = 0; c < conversations; c++) {
      const peer = toAccountId(randomUUID());
      store.upsertRecipient({ accountId: peer, handle: `contact${String(c)}` });
      const conversation = store.getOrCreateDirectConversation(peer);
      for (let m = 0; m < perConversation; m++) {
        const mine = m % 2 === 0;
        const sentAt = now - (conversations * perConversation - (c * perConversation + m)) * 1_000;
        store.insertMessage({
          conversationId: conversation.id,
          kind: 'text',
          direction: mine ? 'outgoing' : 'incoming',
          senderAccountId: mine ? toAccountId(me) : peer,
          senderDeviceId: toDeviceId(1),
          serverGuid: null,
          sentAt,
          receivedAt: sentAt,
          body: `message ${String(m)} in conversation ${String(c)}: some ordinary words of a chat`,
          status: 'read',
          errorText: null,
        });
      }
    }
  });
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-bench-link-'));
  const relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false, config: { rateLimits: UNLIMITED } });
  const keyStore = new InMemoryKeyStore();
  const log = pino({ level: 'silent' });
  let phone: Engine | undefined;
  let session: DesktopSession | undefined;
  try {
    const phoneStore = await openEncryptedStore({ dataDir: path.join(dir, 'phone'), keyStore, profileId: 'phone' });
    phone = await registerPrimary({ store: phoneStore, relayUrl: relay.url, handle: 'alice' });
    const total = conversations * perConversation;
    process.stdout.write(`Seeding the phone with ${String(total)} messages in ${String(conversations)} conversations…\n`);
    seed(phoneStore, phone.account.accountId, Date.now());

    // The limit: the same bundle through the attachment cipher both ways, and the same rows inserted.
    const limitStarted = performance.now();
    const bundle = await exportHistory(phoneStore);
    const encryptor = createAttachmentEncryptor();
    const chunks: Array<Buffer> = [];
    encryptor.stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    Readable.from([Buffer.from(bundle.bytes)]).pipe(encryptor.stream);
    const info = await encryptor.done;
    const blob = Buffer.concat(chunks);
    await decryptAttachment(() => Readable.from([blob]), new PassThrough().resume(), { key: info.key, digest: info.digest, plaintextSize: info.plaintextSize });
    const floorStore = await openEncryptedStore({ dataDir: path.join(dir, 'floor'), keyStore, profileId: 'floor' });
    seed(floorStore, randomUUID(), Date.now());
    floorStore.close();
    const limitSeconds = (performance.now() - limitStarted) / 1000;

    session = new DesktopSession({ dataDir: path.join(dir, 'desktop'), relayUrl: relay.url, keyStore, defaultDeviceName: 'Bench desktop', log });
    const router = new IpcRouter();
    const desktop = session;
    router.registerService(chatsService, (emit) => createChatsHandler(desktop, emit));
    await session.initialize();
    const kind = (): string => desktop.state.kind;
    while (kind() !== 'showing-code') await new Promise((resolve) => setTimeout(resolve, 20));
    const code = session.state;
    if (code.kind !== 'showing-code') throw new Error('no code');

    process.stdout.write('Linking…\n');
    const scanned = performance.now();
    await phone.devices.provision(code.url);
    const provisioned = performance.now();
    while (kind() !== 'linked') await new Promise((resolve) => setTimeout(resolve, 10));
    const response = await router.invoke(methodChannel('chats', 'listConversations'), []);
    const listed = performance.now();
    const shown = response.ok ? (response.value as Array<unknown>).length : 0;

    const seconds = (listed - scanned) / 1000;
    process.stdout.write(
      [
        '',
        'link benchmark (this machine, one run)',
        `  history                       ${String(bundle.messages)} messages in ${String(bundle.conversations)} conversations, ${(bundle.bytes.length / 1024).toFixed(0)} KB`,
        `  scan → chat list              ${seconds.toFixed(2)} s   (${String(shown)} conversations listed)`,
        `    phone: export, encrypt, upload, provision   ${((provisioned - scanned) / 1000).toFixed(2)} s`,
        `    desktop: link, download, verify, import     ${((listed - provisioned) / 1000).toFixed(2)} s`,
        `  limit: cipher both ways + inserting the rows  ${limitSeconds.toFixed(2)} s`,
        `  ratio to the limit            ${(seconds / limitSeconds).toFixed(2)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await session?.close();
    await phone?.stop();
    await relay.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:link failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
