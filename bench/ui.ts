/**
 * `npm run bench:ui`: time to first render of the chat list and of a 100,000-message
 * chat from a cold start, in Debian's Chromium against the real built browser host
 * (out/main/browser-host.js) and a real relay on loopback.
 *
 * The desktop is linked once for real (phone engine + provisioning through the relay),
 * then its SQLCipher store is filled from this process with 5,000 conversations and one
 * conversation of 100,000 messages whose last 50 are unread. Each cold start is a new
 * host process and a fresh browser; the median of several is reported.
 *
 * The limit is the database floor, measured in the same run: the same queries the host
 * answers, run directly against the same store in this process (opening the store
 * included). Figures are printed as ratios to it, never asserted.
 *
 * Runs under scripts/with-keyring.sh: the host keeps its database key in the (private)
 * Secret Service, so the key survives the host's restarts and this process can open the
 * store with it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { profileIdFor } from '../electron/host/services/desktop-session';
import { startRelay } from '../server/relay';
import type { Relay } from '../server/relay';
import { UNLIMITED } from '../server/rate-limit';
import { registerPrimary } from '../engine/compose';
import { InMemoryKeyStore, KeytarKeyStore, loadKeytar } from '../engine/keychain';
import { openEncryptedStore, openEncryptedStoreCheckingPages, toAccountId, toDeviceId } from '../engine/store';
import type { AccountId, ConversationId, Store } from '../engine/store';

const root = path.resolve(import.meta.dirname, '..');
const chromiumPath = process.env['PARLEY_CHROMIUM'] ?? '/usr/bin/chromium';
/** The same switches as the e2e project (playwright.config.ts). */
const chromiumArgs = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

const conversationCount = Number(process.env['BENCH_UI_CONVERSATIONS'] ?? 5_000);
const messagesPerConversation = 3;
const bigChatMessages = Number(process.env['BENCH_UI_MESSAGES'] ?? 100_000);
const unreadCount = 50;
const runs = Number(process.env['BENCH_UI_RUNS'] ?? 3);
/** What the renderer asks for per page (renderer/src/state/useMessages.ts). */
const pageSize = 50;
const bigChatTitle = 'Long chat';
/** The index is in each body so the bench can tell which messages are on screen (shownScript). */
const bigBody = (index: number): string => `Message ${String(index)} of the long chat, a line of ordinary words to read.`;
const waitMs = 120_000;

// --- seeding -----------------------------------------------------------------------

interface Seeded {
  readonly bigChatId: ConversationId;
}

/** One text message as the phone would have stored it: sent by the user or received. */
function insertText(
  store: Store,
  message: {
    readonly conversationId: ConversationId;
    readonly mine: boolean;
    readonly me: AccountId;
    readonly peer: AccountId;
    readonly sentAt: number;
    readonly unread: boolean;
    readonly body: string;
  },
): void {
  store.insertMessage({
    conversationId: message.conversationId,
    kind: 'text',
    direction: message.mine ? 'outgoing' : 'incoming',
    senderAccountId: message.mine ? message.me : message.peer,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt: message.sentAt,
    receivedAt: message.sentAt,
    body: message.body,
    status: message.unread ? 'received' : 'read',
    errorText: null,
  });
}

function seed(store: Store, now: number): Seeded {
  const account = store.getAccount();
  if (account === undefined) throw new Error('the desktop store has no account; linking did not finish');
  const me = account.accountId;
  // The small conversations are older than the long chat, so it is also first by recency.
  const smallEnd = now - bigChatMessages * 1_000;
  store.transaction(() => {
    for (let c = 0; c < conversationCount; c++) {
      const peer = toAccountId(randomUUID());
      store.upsertRecipient({ accountId: peer, handle: `contact${String(c)}`, displayName: `Contact ${String(c)}` });
      const conversation = store.getOrCreateDirectConversation(peer);
      for (let m = 0; m < messagesPerConversation; m++) {
        const mine = m % 2 === 1;
        const sentAt = smallEnd - ((conversationCount - c) * messagesPerConversation - m) * 1_000;
        // Every tenth conversation has an unread last message, as a real list would.
        const unread = !mine && c % 10 === 0 && m === messagesPerConversation - 1;
        insertText(store, { conversationId: conversation.id, mine, me, peer, sentAt, unread, body: `message ${String(m)} with contact ${String(c)}: some ordinary words of a chat` });
      }
    }
  });

  const peer: AccountId = toAccountId(randomUUID());
  store.upsertRecipient({ accountId: peer, handle: 'longchat', displayName: bigChatTitle });
  const big = store.getOrCreateDirectConversation(peer);
  const firstUnread = bigChatMessages - unreadCount;
  const batch = 20_000;
  for (let start = 0; start < bigChatMessages; start += batch) {
    store.transaction(() => {
      for (let i = start; i < Math.min(start + batch, bigChatMessages); i++) {
        const unread = i >= firstUnread;
        const mine = !unread && i % 3 === 0;
        const sentAt = now - (bigChatMessages - i) * 1_000;
        insertText(store, { conversationId: big.id, mine, me, peer, sentAt, unread, body: bigBody(i) });
      }
    });
  }
  store.setConversationLastRead(big.id, now - (bigChatMessages - firstUnread + 1) * 1_000);
  // Pinned, so its row is on the first screen whatever else the list does.
  store.updateConversationState(big.id, { pinned: true });
  return { bigChatId: big.id };
}

/**
 * Puts back what a previous cold start changed by opening the long chat: its last
 * messages unread again, and no read receipts waiting in the outbox (they would be
 * sent at the next start and distort it).
 */
async function restoreUnread(dataDir: string, bigChatId: ConversationId): Promise<void> {
  const store = await openEncryptedStore({
    dataDir: path.join(dataDir, 'account'),
    keyStore: new KeytarKeyStore({ keytar: loadKeytar() }),
    profileId: profileIdFor(dataDir),
  });
  try {
    store.transaction(() => {
      for (const message of store.pageMessages(bigChatId, { kind: 'latest' }, unreadCount).messages) {
        if (message.direction === 'incoming') store.updateMessageStatus(message.id, 'received');
      }
      for (const item of store.listOutbox()) store.removeOutbox(item.id);
    });
  } finally {
    store.close();
  }
}

// --- the database floor ----------------------------------------------------------------

interface Floor {
  readonly openMs: number;
  /** The check of every page, on its worker thread, from the start of the open (off the host's critical path). */
  readonly pageCheckMs: number;
  readonly listMs: number;
  readonly firstPageMs: number;
  readonly olderPageMs: number;
}

/**
 * The host's queries for the list and the long chat, straight against the store, opened
 * as the host opens it: the page check runs on a worker thread meanwhile.
 */
async function measureFloor(dataDir: string, bigChatId: ConversationId): Promise<Floor> {
  const started = performance.now();
  const { store, pagesChecked } = await openEncryptedStoreCheckingPages({
    dataDir: path.join(dataDir, 'account'),
    keyStore: new KeytarKeyStore({ keytar: loadKeytar() }),
    profileId: profileIdFor(dataDir),
  });
  const checked = pagesChecked.then(() => performance.now() - started);
  try {
    const opened = performance.now();
    const overviews = store.listConversationOverviews();
    const listed = performance.now();
    const page = store.pageMessages(bigChatId, { kind: 'first-unread' }, pageSize);
    store.listUnreadMessages(bigChatId, 1);
    store.countUnread(bigChatId);
    const paged = performance.now();
    const oldest = page.messages[0];
    if (oldest === undefined || overviews.length < conversationCount) throw new Error('the seeded store reads back incomplete');
    store.pageMessages(bigChatId, { kind: 'before', messageId: oldest.id }, pageSize);
    const older = performance.now();
    return { openMs: opened - started, pageCheckMs: await checked, listMs: listed - opened, firstPageMs: paged - listed, olderPageMs: older - paged };
  } finally {
    store.close();
  }
}

// --- the host ------------------------------------------------------------------------

interface Host {
  readonly url: string;
  /** Spawn → the `Desktop:` line. */
  readonly readyMs: number;
  stop(): Promise<void>;
}

async function startHost(dataDir: string, relay: Relay): Promise<Host> {
  const env: NodeJS.ProcessEnv = { ...process.env, PARLEY_DATA_DIR: dataDir };
  // The key must live in the Secret Service to survive a restart.
  delete env['PARLEY_KEYCHAIN'];
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'out/main/browser-host.js'), '--no-open', '--relay-port', new URL(relay.url).port], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: Array<string> = [];
  // The host logs to stderr; the last lines explain a failed start.
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 20) stderr.shift();
  });
  try {
    const url = await desktopLine(child);
    const readyMs = performance.now() - started;
    return { url, readyMs, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr.join('\n')}`);
  }
}

function desktopLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) {
      reject(new Error('the browser host has no stdout'));
      return;
    }
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => {
      reject(new Error('the browser host did not print its address within 30 s'));
    }, 30_000);
    lines.on('line', (line) => {
      const desktop = /^\s*Desktop:\s+(\S+)/.exec(line);
      if (desktop?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(desktop[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the browser host exited with ${String(code)}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function launchBrowser(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { browser, page: await context.newPage() };
}

// --- linking -----------------------------------------------------------------------

async function linkDesktop(dir: string, dataDir: string, relay: Relay): Promise<void> {
  const phoneStore = await openEncryptedStore({ dataDir: path.join(dir, 'phone'), keyStore: new InMemoryKeyStore(), profileId: 'phone' });
  const phone = await registerPrimary({ store: phoneStore, relayUrl: relay.url, handle: `benchphone${String(process.pid)}` });
  phone.start();
  const host = await startHost(dataDir, relay);
  const { browser, page } = await launchBrowser();
  try {
    await page.goto(host.url);
    await page.getByText('No camera? Use the link instead').click();
    const code = page.locator('.link-url code');
    await code.filter({ hasText: /^parley:\/\/link\?/ }).waitFor({ timeout: 30_000 });
    const url = await code.textContent();
    if (url === null) throw new Error('the link screen shows no link');
    await phone.devices.provision(url);
    await page.getByRole('heading', { name: 'Chats' }).waitFor({ timeout: 60_000 });
  } finally {
    await browser.close();
    await host.stop();
    await phone.stop();
    phoneStore.close();
  }
}

// --- one cold start ------------------------------------------------------------------

interface ColdStart {
  readonly hostReadyMs: number;
  readonly listMs: number;
  readonly openChatMs: number;
  readonly olderMs: number;
  readonly logNodes: number;
  readonly openedAtFirstUnread: boolean;
  readonly browserVersion: string;
}

/**
 * Page-side scripts, as source text: this file compiles without DOM types. `shown`
 * lists the long chat's message indices now in the DOM.
 */
const shownScript = `[...document.querySelectorAll('[role="log"] [data-message-id]')]
  .map((element) => /Message (\\d+) of the long chat/.exec(element.textContent ?? '')?.[1])
  .filter((index) => index !== undefined)
  .map(Number)`;
const logNodesScript = `document.querySelector('[role="log"]')?.querySelectorAll('*').length ?? -1`;
const scrollTopScript = `document.querySelector('[role="log"]').scrollTop = 0`;
const olderShownScript = (below: number): string => `(${shownScript}).some((index) => index < ${String(below)})`;

async function coldStart(dataDir: string, relay: Relay): Promise<ColdStart> {
  const host = await startHost(dataDir, relay);
  const { browser, page } = await launchBrowser();
  try {
    const navigated = performance.now();
    await page.goto(host.url);
    const list = page.getByRole('list', { name: 'Conversations' });
    await list.getByRole('listitem').first().waitFor({ state: 'visible', timeout: waitMs });
    const listMs = performance.now() - navigated;

    const row = list.getByRole('listitem').filter({ hasText: bigChatTitle }).first();
    await row.waitFor({ state: 'visible', timeout: waitMs });
    const log = page.getByRole('log');
    const clicked = performance.now();
    await row.getByRole('button').first().click();
    await log.locator('[data-message-id]').first().waitFor({ state: 'visible', timeout: waitMs });
    const openChatMs = performance.now() - clicked;

    // Let the opening settle (a first older page may load by itself near the top).
    await page.waitForTimeout(1_000);
    const firstUnread = bigChatMessages - unreadCount;
    const before = await page.evaluate<Array<number>>(shownScript);
    const openedAtFirstUnread = before.includes(firstUnread);
    const logNodes = await page.evaluate<number>(logNodesScript);
    if (before.length === 0) throw new Error(`the open chat shows none of the long chat's messages; has the message list changed its markup?`);
    const lowest = Math.min(...before);

    const scrolled = performance.now();
    await page.evaluate(scrollTopScript);
    await page.waitForFunction(olderShownScript(lowest), undefined, { timeout: waitMs, polling: 'raf' });
    const olderMs = performance.now() - scrolled;
    return { hostReadyMs: host.readyMs, listMs, openChatMs, olderMs, logNodes, openedAtFirstUnread, browserVersion: browser.version() };
  } finally {
    await browser.close();
    await host.stop();
  }
}

// --- report ----------------------------------------------------------------------------

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

function table(rows: ReadonlyArray<readonly [string, number, number, string]>): string {
  const width = Math.max(...rows.map(([metric]) => metric.length));
  const lines = [`  ${'metric'.padEnd(width)}  ${'ms'.padStart(8)}  ${'limit ms'.padStart(8)}  ${'ratio'.padStart(6)}  limit`];
  for (const [metric, ms, limit, what] of rows) {
    lines.push(`  ${metric.padEnd(width)}  ${ms.toFixed(0).padStart(8)}  ${limit.toFixed(1).padStart(8)}  ${(ms / limit).toFixed(1).padStart(6)}  ${what}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (process.env['DBUS_SESSION_BUS_ADDRESS'] === undefined) {
    throw new Error('no D-Bus session: run through `npm run bench:ui` (scripts/with-keyring.sh provides a private Secret Service)');
  }
  await fs.access(path.join(root, 'out/main/browser-host.js')).catch(() => {
    throw new Error('out/main/browser-host.js is missing: run `npx electron-vite build` (npm run bench:ui does)');
  });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-bench-ui-'));
  const dataDir = path.join(dir, 'desktop');
  const relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false, config: { rateLimits: UNLIMITED } });
  try {
    process.stdout.write('Linking the desktop to a phone…\n');
    await linkDesktop(dir, dataDir, relay);

    const total = conversationCount * messagesPerConversation + bigChatMessages;
    process.stdout.write(`Seeding ${String(conversationCount + 1)} conversations, ${String(total)} messages…\n`);
    const seedStarted = performance.now();
    const store = await openEncryptedStore({
      dataDir: path.join(dataDir, 'account'),
      keyStore: new KeytarKeyStore({ keytar: loadKeytar() }),
      profileId: profileIdFor(dataDir),
    });
    let seeded: Seeded;
    try {
      seeded = seed(store, Date.now());
    } finally {
      store.close();
    }
    process.stdout.write(`  seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s\n`);

    const floors: Array<Floor> = [];
    const starts: Array<ColdStart> = [];
    for (let run = 1; run <= runs; run++) {
      await restoreUnread(dataDir, seeded.bigChatId);
      // The floor runs while no host holds the database, like the cold start itself.
      floors.push(await measureFloor(dataDir, seeded.bigChatId));
      process.stdout.write(`Cold start ${String(run)}/${String(runs)}…\n`);
      const start = await coldStart(dataDir, relay);
      starts.push(start);
      process.stdout.write(
        `  host ${start.hostReadyMs.toFixed(0)} ms, list ${start.listMs.toFixed(0)} ms, chat ${start.openChatMs.toFixed(0)} ms, older ${start.olderMs.toFixed(0)} ms\n`,
      );
    }

    const floor = (pick: (each: Floor) => number): number => median(floors.map(pick));
    const cold = (pick: (each: ColdStart) => number): number => median(starts.map(pick));
    const openMs = floor((each) => each.openMs);
    const listFloor = floor((each) => each.openMs + each.listMs);
    process.stdout.write(
      [
        '',
        `ui benchmark (this machine, median of ${String(runs)} cold starts; Chromium ${starts[0]?.browserVersion ?? '?'} at ${chromiumPath})`,
        `  data: ${String(conversationCount + 1)} conversations; "${bigChatTitle}" has ${String(bigChatMessages)} messages, ${String(unreadCount)} unread`,
        `  limit: the database floor, the host's own queries run in this process against the same SQLCipher store`,
        `         (open ${openMs.toFixed(1)} ms, page check on its worker thread ${floor((each) => each.pageCheckMs).toFixed(1)} ms, list ${floor((each) => each.listMs).toFixed(1)} ms, first-unread page ${floor((each) => each.firstPageMs).toFixed(1)} ms, older page ${floor((each) => each.olderPageMs).toFixed(1)} ms)`,
        '',
        table([
          ['host ready (spawn → Desktop: line)', cold((each) => each.hostReadyMs), openMs, 'open store'],
          ['chat list (navigate → first row)', cold((each) => each.listMs), listFloor, 'open store + list conversations'],
          ['cold start (spawn → first row)', cold((each) => each.hostReadyMs + each.listMs), listFloor, 'open store + list conversations'],
          [
            `open ${String(bigChatMessages / 1000)}k chat (click → messages)`,
            cold((each) => each.openChatMs),
            floor((each) => each.openMs + each.firstPageMs),
            'open store + first-unread page',
          ],
          ['older page (scroll to top → older rows)', cold((each) => each.olderMs), floor((each) => each.openMs + each.olderPageMs), 'open store + page before'],
        ]),
        '',
        `  DOM nodes in the message log after opening: ${starts.map((each) => String(each.logNodes)).join(', ')} (virtualised: a few hundred at most)`,
        `  opened at the first unread message: ${starts.every((each) => each.openedAtFirstUnread) ? 'yes' : `no (${starts.map((each) => String(each.openedAtFirstUnread)).join(', ')})`}`,
        '',
      ].join('\n'),
    );
  } finally {
    await relay.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ui failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
