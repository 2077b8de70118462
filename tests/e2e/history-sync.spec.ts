/**
 * History sync as a person sees it (issue 10, item 10): a phone with 20,000 messages in
 * many chats links the browser-host desktop. The bundle's download is held part-way by a
 * loopback proxy in front of the relay, so the import screen can be looked at mid-import:
 * bytes and items, the heading and "Skip the rest" each on their own line at 1280×800,
 * light and dark (screenshots into docs/screenshots/), and at a narrow window. Released,
 * the import finishes; a recent photo arrives re-encrypted by the phone, and an old file
 * shows as not on this device with its name and size.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { startRelay } from '../../server/relay';
import type { Relay } from '../../server/relay';
import type { AttachmentId } from '../../engine/attachments';
import type { Engine } from '../../engine/engine';
import { registerPrimary } from '../../engine/compose';
import { InMemoryKeyStore } from '../../engine/keychain';
import { openEncryptedStore, toAccountId, toDeviceId } from '../../engine/store';
import type { AccountId, MessageId, Store } from '../../engine/store';
import type { Desktop } from './desktop';
import { startDesktop } from './desktop';
import { screenshotsDir } from './world';
import { storeOf } from '../../engine/testing';

test.describe.configure({ mode: 'serial' });

const day = 24 * 60 * 60 * 1000;

/**
 * A TCP proxy in front of the relay that can hold the next attachment download after
 * `afterBytes` of its response, until released. Everything else (the provisioning and
 * device sockets included) passes through untouched.
 */
interface HoldingProxy {
  readonly port: number;
  holdNextDownload(afterBytes: number): void;
  /** Resolves once a held download has sent its first `afterBytes`. */
  readonly held: Promise<void>;
  release(): void;
  close(): Promise<void>;
}

async function startHoldingProxy(targetPort: number): Promise<HoldingProxy> {
  let armedAfter: number | undefined;
  let releaseHeld: (() => void) | undefined;
  let announceHeld: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    announceHeld = resolve;
  });
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    let holdAfter: number | undefined;
    let passed = 0;
    const queued: Array<Buffer> = [];
    client.on('data', (chunk: Buffer) => {
      if (armedAfter !== undefined && chunk.toString('latin1').startsWith('GET /v1/attachments/')) {
        holdAfter = armedAfter;
        armedAfter = undefined;
        releaseHeld = () => {
          holdAfter = undefined;
          for (const part of queued.splice(0)) client.write(part);
        };
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (holdAfter === undefined) {
        client.write(chunk);
        return;
      }
      const room = Math.max(0, holdAfter - passed);
      if (room > 0) client.write(chunk.subarray(0, room));
      passed += Math.min(room, chunk.length);
      if (chunk.length > room) {
        queued.push(chunk.subarray(room));
        announceHeld();
      }
    });
    const closeBoth = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no proxy port');
  return {
    port: address.port,
    held,
    holdNextDownload: (afterBytes) => {
      armedAfter = afterBytes;
    },
    release: () => {
      releaseHeld?.();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let dir: string;
let relay: Relay;
let proxy: HoldingProxy;
let desktop: Desktop;
const engines: Array<Engine> = [];
const stores: Array<Store> = [];

async function register(handle: string): Promise<Engine> {
  const store = await openEncryptedStore({ dataDir: path.join(dir, handle), keyStore: new InMemoryKeyStore(), profileId: handle });
  stores.push(store);
  const engine = await registerPrimary({ store, relayUrl: relay.url, handle });
  engines.push(engine);
  engine.start();
  return engine;
}

const names = ['Dana Scully', 'Fox Mulder', 'Walter Skinner', 'Monica Reyes', 'John Doggett', 'Melvin Frohike', 'Ringo Langly', 'John Byers'];

function fileRow(messageId: MessageId, fileName: string, size: number): Parameters<Store['insertAttachment']>[0] {
  return {
    id: randomUUID() as AttachmentId,
    messageId,
    position: 0,
    direction: 'incoming',
    contentType: 'application/pdf',
    fileName,
    size,
    width: null,
    height: null,
    durationMs: null,
    voiceNote: false,
    blobId: null,
    key: new Uint8Array(64),
    digest: null,
    localFile: null,
    // Never downloaded on the phone: it cannot send these.
    state: 'pending-download',
    progress: 0,
    error: null,
  };
}

/**
 * 20,000 messages in 40 chats of the last 80 days, some with a file of long ago, as if
 * the phone had been in use; the first chat ends with a file the phone never downloaded.
 */
function seedHistory(phone: Engine): { readonly fileChat: string } {
  const store = storeOf(phone);
  const me = phone.account.accountId;
  const now = Date.now();
  const peers: Array<AccountId> = [];
  store.transaction(() => {
    for (let chat = 0; chat < 40; chat++) {
      const peer = toAccountId(randomUUID());
      peers.push(peer);
      store.upsertRecipient({ accountId: peer, handle: `contact${String(chat)}x${String(process.pid)}`, displayName: names[chat % names.length] ?? null });
      const conversation = store.getOrCreateDirectConversation(peer);
      for (let index = 0; index < 500; index++) {
        const mine = index % 3 === 0;
        const sentAt = now - 80 * day + chat * 1_000 + index * Math.floor((80 * day) / 520);
        const inserted = store.insertMessage({
          conversationId: conversation.id,
          kind: 'text',
          direction: mine ? 'outgoing' : 'incoming',
          senderAccountId: mine ? me : peer,
          senderDeviceId: toDeviceId(1),
          serverGuid: null,
          sentAt,
          receivedAt: sentAt + 400,
          body: `Message ${String(index)} about the case, chat ${String(chat)}`,
          status: 'read',
          errorText: null,
        });
        // Every 50th message had a file, long ago.
        if (inserted.inserted && index % 50 === 1 && sentAt < now - 45 * day) store.insertAttachment(fileRow(inserted.id, `case-file-${String(index)}.pdf`, 1_234_567));
      }
    }
    const first = peers[0];
    if (first === undefined) return;
    const last = store.insertMessage({
      conversationId: store.getOrCreateDirectConversation(first).id,
      kind: 'text',
      direction: 'incoming',
      senderAccountId: first,
      senderDeviceId: toDeviceId(1),
      serverGuid: null,
      sentAt: now - 60 * 60 * 1000,
      receivedAt: now - 60 * 60 * 1000,
      body: 'The autopsy report, as promised',
      status: 'read',
      errorText: null,
    });
    if (last.inserted) store.insertAttachment(fileRow(last.id, 'autopsy-report.pdf', 2_345_678));
  });
  return { fileChat: 'The autopsy report, as promised' };
}

/** A small real PNG: a diagonal gradient. */
function gradientPng(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 4;
      image.data[offset] = Math.round((x / width) * 255);
      image.data[offset + 1] = Math.round((y / height) * 200);
      image.data[offset + 2] = 180;
      image.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(image);
}

async function audit(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const findings = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(findings, `${where} (${scheme})`).toEqual([]);
  }
}

test.beforeAll(async () => {
  await fs.mkdir(screenshotsDir, { recursive: true });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-e2e-history-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  proxy = await startHoldingProxy(Number(new URL(relay.url).port));
  const previous = process.env['PARLEY_KEYCHAIN'];
  process.env['PARLEY_KEYCHAIN'] = 'memory';
  try {
    desktop = await startDesktop({ relayPort: proxy.port });
  } finally {
    if (previous === undefined) delete process.env['PARLEY_KEYCHAIN'];
    else process.env['PARLEY_KEYCHAIN'] = previous;
  }
});

test.afterAll(async () => {
  proxy.release();
  await desktop.stop();
  for (const engine of engines.splice(0)) await engine.stop();
  for (const store of stores.splice(0)) store.close();
  await proxy.close();
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test('shows the import of a large history in bytes and items, then the chats with their media', async ({ page }) => {
  test.setTimeout(180_000);
  const phone = await register(`alice${String(process.pid)}`);
  const friend = await register(`bob${String(process.pid)}`);
  const { fileChat } = seedHistory(phone);
  // A recent photo from a real contact, downloaded on the phone: it travels re-encrypted.
  const photo = gradientPng(240, 160);
  const staging = await friend.attachments.beginStaging({ contentType: 'image/png', fileName: 'evidence.png', size: photo.length, width: 64, height: 48, durationMs: null, voiceNote: false });
  await friend.attachments.appendStaging(staging, photo);
  const staged = await friend.attachments.finishStaging(staging);
  friend.messaging.send(friend.conversations.openDirect(phone.account.accountId).id, { body: 'Look at this', attachmentIds: [staged.id] });
  await expect.poll(() => storeOf(phone).listAttachmentsInStates(['ready']).length, { timeout: 30_000 }).toBe(1);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(desktop.url);
  await expect(page.getByRole('img', { name: /QR code for linking this desktop/ })).toBeVisible({ timeout: 20_000 });
  await page.getByText('No camera? Use the link instead').click();
  const url = (await page.locator('.link-url code').textContent()) ?? '';
  expect(url).toMatch(/^parley:\/\/link\?/);

  proxy.holdNextDownload(900_000);
  const { media } = await phone.devices.provision(url);
  await proxy.held;

  // Mid-import: the download stands part-way; the counts say what is known so far.
  await expect(page.getByRole('heading', { name: 'Bringing over your chats' })).toBeVisible({ timeout: 20_000 });
  const stats = page.locator('.sync-stats');
  await expect(stats.getByText(/^[\d.]+ (KB|MB) of [\d.]+ MB$/)).toBeVisible({ timeout: 20_000 });
  await expect(stats.getByText(/^0 of 20,0\d\d$/)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'History sync progress' })).toBeVisible();

  // At 1280×800 the heading keeps its line length and "Skip the rest" one line.
  const skip = page.getByRole('button', { name: 'Skip the rest' });
  const heading = await page.getByRole('heading', { name: 'Bringing over your chats' }).boundingBox();
  const button = await skip.boundingBox();
  expect(heading?.width ?? 0).toBeGreaterThan(350);
  expect(heading?.height ?? 100).toBeLessThan(50);
  expect(button?.height ?? 100).toBeLessThan(48);
  expect(button?.width ?? 0).toBeGreaterThan(100);

  await page.screenshot({ path: path.join(screenshotsDir, 'syncing-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: path.join(screenshotsDir, 'syncing-dark.png') });
  await page.setViewportSize({ width: 420, height: 800 });
  const narrowButton = await skip.boundingBox();
  expect(narrowButton?.height ?? 100).toBeLessThan(48);
  await page.screenshot({ path: path.join(screenshotsDir, 'syncing-narrow-dark.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await audit(page, 'import screen');

  proxy.release();
  await expect(page.getByRole('heading', { name: 'Chats' })).toBeVisible({ timeout: 60_000 });
  expect(await media).toEqual({ sent: 1, failed: 0 });

  // The photo the phone re-encrypted arrives and shows; old files name themselves.
  await page.emulateMedia({ colorScheme: 'light' });
  const conversations = page.getByRole('list', { name: 'Conversations' });
  await conversations.getByText('Look at this').click();
  await expect(page.getByRole('button', { name: /Open image evidence\.png/ })).toBeVisible({ timeout: 30_000 });

  await conversations.getByText(fileChat).click();
  const log = page.getByRole('log');
  await expect(log.getByText('autopsy-report.pdf')).toBeVisible({ timeout: 20_000 });
  await expect(log.getByText('Not on this device')).toBeVisible();
  await expect(log.getByText('2.3 MB')).toBeVisible();
  await page.screenshot({ path: path.join(screenshotsDir, 'history-not-on-device-light.png') });
});
