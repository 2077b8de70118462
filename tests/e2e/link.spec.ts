/**
 * Linking the desktop as a person would: the browser host shows a QR code, a phone
 * reads it from a screenshot (the pixels, not the DOM), and the desktop reaches its
 * chat list, shows what the phone and a contact send, sends itself, and unlinks.
 *
 * The browser host runs outside a Secret Service session here, so it keeps its
 * database key in memory (PARLEY_KEYCHAIN=memory, docs/linking.md).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startRelay } from '../../server/relay';
import type { Relay } from '../../server/relay';
import { InMemoryKeyStore } from '../../engine/keychain';
import { decodeQrPng } from '../../engine/linking/qr-image';
import { openEncryptedStore } from '../../engine/store';
import type { AccountId, ConversationId, Message, Store } from '../../engine/store';
import type { Desktop } from './desktop';
import { startDesktop } from './desktop';
import { inspectScreenshot } from './screenshot';

const screenshots = path.resolve(import.meta.dirname, '../../docs/screenshots');

/**
 * The part of the engine this test drives as the phone. The engine is loaded at run
 * time rather than imported: its relay client does not typecheck under this config's
 * DOM + Node libraries (Readable.toWeb as a fetch body in engine/relay-client/http.ts),
 * so a static import would fail `tsc -p tsconfig.e2e.json` for code this test does not own.
 */
interface Phone {
  readonly account: { readonly accountId: AccountId };
  readonly devices: {
    list(): Promise<{ readonly devices: ReadonlyArray<{ readonly id: number }> }>;
    remove(deviceId: number): Promise<void>;
    provision(linkUrl: string): Promise<unknown>;
  };
  readonly contacts: { resolveHandle(handle: string): Promise<AccountId> };
  readonly conversations: { direct(accountId: AccountId): { readonly id: ConversationId } | undefined };
  readonly messaging: {
    sendText(recipient: AccountId, body: string): unknown;
    list(conversationId: ConversationId): Array<Message>;
  };
  start(): void;
  stop(): Promise<void>;
}
interface ComposeModule {
  readonly registerPrimary: (options: { store: Store; relayUrl: string; handle: string }) => Promise<Phone>;
}
const composeModulePath = '../../engine/compose';

let dir: string;
let relay: Relay;
let desktop: Desktop;
const engines: Array<Phone> = [];
const stores: Array<Store> = [];

test.beforeAll(async () => {
  await fs.mkdir(screenshots, { recursive: true });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-e2e-link-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  // Only this desktop process gets the in-memory keychain; other specs keep the default.
  const previous = process.env['PARLEY_KEYCHAIN'];
  process.env['PARLEY_KEYCHAIN'] = 'memory';
  try {
    desktop = await startDesktop({ relayPort: Number(new URL(relay.url).port) });
  } finally {
    if (previous === undefined) delete process.env['PARLEY_KEYCHAIN'];
    else process.env['PARLEY_KEYCHAIN'] = previous;
  }
});

test.afterAll(async () => {
  await desktop.stop();
  for (const engine of engines.splice(0)) await engine.stop();
  for (const store of stores.splice(0)) store.close();
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function registerPhone(profile: string, handle: string): Promise<Phone> {
  const store = await openEncryptedStore({ dataDir: path.join(dir, profile), keyStore: new InMemoryKeyStore(), profileId: profile });
  stores.push(store);
  const { registerPrimary } = (await import(composeModulePath)) as ComposeModule;
  const engine = await registerPrimary({ store, relayUrl: relay.url, handle });
  engines.push(engine);
  engine.start();
  return engine;
}

/** What the phone's camera would see: the QR code read from a screenshot of the page. */
async function scanScreen(page: Page, file: string): Promise<string> {
  const png = await page.screenshot({ path: path.join(screenshots, file) });
  return decodeQrPng(png);
}

test('links to a phone by the QR code on screen, then chats', async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(desktop.url);
  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible();
  const qr = page.getByRole('img', { name: /QR code for linking this desktop/ });
  await expect(qr).toBeVisible();
  await expect(page.getByText(/New code in \d+ s · code 1 of 5/)).toBeVisible();

  // The device name is editable before linking; an empty one is refused.
  const name = page.getByLabel('This desktop will appear on your phone as');
  await name.fill('  ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Enter a name of 1 to 50 characters.')).toBeVisible();
  await name.fill('E2E desktop');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Name saved.')).toBeVisible();

  const url = await scanScreen(page, 'link-qr-light.png');
  expect(url).toMatch(/^parley:\/\/link\?uuid=[A-Za-z0-9_-]+&pub_key=/);
  const stats = inspectScreenshot(await page.screenshot());
  expect(stats.meanLuminance).toBeGreaterThan(180);

  // The same URL is offered for copying, for phones without a camera.
  await page.getByText('No camera? Use the link instead').click();
  await expect(page.locator('.link-url code')).toHaveText(url);

  const phone = await registerPhone('phone', 'alice');
  const friend = await registerPhone('friend', 'bob');
  await phone.devices.provision(url);

  await expect(page.getByRole('heading', { name: 'Chats' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('No conversations yet.')).toBeVisible();
  expect((await phone.devices.list()).devices.map((device) => device.id).sort()).toEqual([1, 2]);

  // The phone writes to a contact; the desktop shows the transcript.
  const bobId = await phone.contacts.resolveHandle('bob');
  phone.messaging.sendText(bobId, 'Lunch at one?');
  const conversations = page.getByRole('list', { name: 'Conversations' });
  await expect(conversations.getByText('Lunch at one?')).toBeVisible({ timeout: 20_000 });
  // No chat opens by itself (opening one marks it read): the user picks it.
  await conversations.getByText('Lunch at one?').click();
  const log = page.getByRole('log');
  await expect(log.getByText('Lunch at one?')).toBeVisible();

  // The contact answers: it reaches the desktop too.
  friend.messaging.sendText(phone.account.accountId, 'Sounds good, see you there.');
  await expect(log.getByText('Sounds good, see you there.')).toBeVisible({ timeout: 20_000 });

  // The desktop answers with Enter.
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('I will book a table.');
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  await expect(log.getByText('I will book a table.')).toBeVisible();
  await expect
    .poll(
      () => {
        const id = friend.conversations.direct(phone.account.accountId)?.id;
        return id === undefined ? [] : friend.messaging.list(id).map((message) => message.body);
      },
      { timeout: 20_000 },
    )
    .toContain('I will book a table.');
  await expect(log.getByText(/Delivered|Read/).last()).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: path.join(screenshots, 'chats-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path.join(screenshots, 'chats-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Settings → Unlink this desktop, confirmed: back to a fresh code.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByText('E2E desktop · device 2')).toBeVisible();
  await settings.getByRole('button', { name: 'Unlink this desktop' }).click();
  const confirm = settings.getByRole('alertdialog', { name: 'Unlink this desktop?' });
  await page.screenshot({ path: path.join(screenshots, 'settings-unlink-confirm.png') });
  await confirm.getByRole('button', { name: 'Unlink and delete' }).click();
  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible({ timeout: 20_000 });
  await expect(qr).toBeVisible();
  const next = await scanScreen(page, 'link-qr-after-unlink.png');
  expect(next).not.toBe(url);
  await expect.poll(async () => (await phone.devices.list()).devices.map((device) => device.id)).toEqual([1]);
});

test('says so when the phone unlinks this desktop, keeps its data until the user deletes it, then shows a fresh code', async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(desktop.url);
  await expect(page.getByRole('img', { name: /QR code for linking this desktop/ })).toBeVisible();
  const url = await scanScreen(page, 'link-qr-dark.png');
  const phone = await registerPhone('phone-2', 'carol');
  await phone.devices.provision(url);
  await expect(page.getByRole('heading', { name: 'Chats' })).toBeVisible({ timeout: 20_000 });

  // Give the desktop's socket a moment to come up, as a real phone would not unlink within a second.
  await page.waitForTimeout(500);
  const desktopDevice = (await phone.devices.list()).devices.find((device) => device.id !== 1);
  if (desktopDevice === undefined) throw new Error('the desktop is not in the device list');
  await phone.devices.remove(desktopDevice.id);

  await expect(page.getByRole('heading', { name: 'This desktop was unlinked' })).toBeVisible({ timeout: 20_000 });
  // Nothing is deleted until the user says so.
  await expect(page.getByText('still on this computer until you delete them')).toBeVisible();
  await page.screenshot({ path: path.join(screenshots, 'unlinked-by-phone.png') });
  await page.getByRole('button', { name: 'Delete this desktop’s data' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this desktop’s data?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('img', { name: /QR code for linking this desktop/ })).toBeVisible({ timeout: 20_000 });
});
