/**
 * Outages are visible (issue 10, items 1 and 9), against the real browser host and a
 * real relay: the relay under a linked desktop stops, and the chats screen says
 * "Offline" with the reason and a countdown, a message typed meanwhile reads "Waiting
 * for connection", and "Retry now" reconnects once the relay is back. A relay that comes
 * back on an empty data folder gets the "does not recognise this desktop" screen, which
 * deletes nothing and recovers when the real relay returns. A desktop that runs its own
 * relay says so when that relay is killed and restarted. Screenshots in light and dark
 * go to docs/screenshots; the states get an axe scan.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { startRelay } from '../../server/relay';
import type { Relay } from '../../server/relay';
import { registerPrimary } from '../../engine/compose';
import { InMemoryKeyStore } from '../../engine/keychain';
import { openEncryptedStore } from '../../engine/store';
import type { AccountId } from '../../engine/store';
import { startDesktop } from './desktop';
import type { World } from './world';
import { linkDesktop, screenshotsDir, startWorld } from './world';

test.describe.configure({ mode: 'serial' });

let world: World;
let page: Page;
let phoneId: AccountId;
let port: number;
/** The relay now on the world's port, once the world's own was stopped. */
let replacement: Relay | undefined;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = await startWorld();
  port = Number(new URL(world.relay.url).port);
  phoneId = await world.contact.contacts.resolveHandle(world.phoneHandle);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await linkDesktop(world, page);
});

test.afterAll(async () => {
  await page.context().close();
  await replacement?.close();
  await (world as World | undefined)?.stop();
});

async function stopRelay(): Promise<void> {
  if (replacement !== undefined) await replacement.close();
  else await world.relay.close();
  replacement = undefined;
}

/** A relay on the world's port again: on its own data (the same relay) or on an empty folder. */
async function startRelayOn(dataDir: string): Promise<void> {
  replacement = await startRelay({ host: '127.0.0.1', port, dataDir, logger: false });
}

async function shoot(name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.screenshot({ path: path.join(screenshotsDir, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function seriousAxeViolations(): Promise<Array<string>> {
  const found: Array<string> = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    for (const violation of result.violations) {
      if (violation.impact === 'serious' || violation.impact === 'critical') {
        found.push(`${scheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

test('shows the relay outage in the chats screen, counts down, and reconnects on "Retry now" once the relay is back', async () => {
  test.setTimeout(120_000);
  world.contact.messaging.sendText(phoneId, 'Are you there?');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByText('Are you there?')).toBeVisible({ timeout: 30_000 });
  await list.getByRole('button', { name: new RegExp(world.contactHandle) }).first().click();
  const log = page.getByRole('log');
  await expect(log.getByText('Are you there?')).toBeVisible();
  const banner = page.getByRole('region', { name: 'Connection to the relay' });
  await expect(banner).toHaveCount(0);

  await stopRelay();
  await expect(banner).toContainText('Offline: nothing answers at the relay’s address.', { timeout: 30_000 });
  await expect(banner.getByRole('timer')).toHaveText(/Trying again (in \d+ seconds?|now…)/);
  await expect(banner.getByRole('button', { name: 'Retry now' })).toBeVisible();

  // Typed while offline: the message says what it waits for.
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('I will answer when the connection is back.');
  await composer.press('Enter');
  const pending = log.locator('.message-line.outgoing', { hasText: 'I will answer when the connection is back.' });
  await expect(pending.getByText('Waiting for connection')).toBeVisible();

  // Let the backoff grow, so that it is "Retry now" that reconnects, not the next timer.
  await expect(banner.getByRole('timer')).toHaveText(/Trying again in ([5-9]|\d\d) seconds\./, { timeout: 60_000 });
  await shoot('connection-banner');
  await page.setViewportSize({ width: 560, height: 800 });
  await page.screenshot({ path: path.join(import.meta.dirname, '../artifacts/screenshots/connection-banner-narrow.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousAxeViolations()).toEqual([]);

  await startRelayOn(path.join(world.dir, 'relay'));
  await banner.getByRole('button', { name: 'Retry now' }).click();
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await expect(pending.getByText('Waiting for connection')).toHaveCount(0, { timeout: 30_000 });
  await expect
    .poll(() => world.messagesBetween(world.contact, phoneId).some((message) => message.body === 'I will answer when the connection is back.'), {
      timeout: 30_000,
    })
    .toBe(true);
});

test('says the relay does not recognise this desktop when it comes back empty, deletes nothing, and recovers', async () => {
  test.setTimeout(120_000);
  await stopRelay();
  await startRelayOn(path.join(world.dir, 'empty-relay'));
  const heading = page.getByRole('heading', { name: 'The relay does not recognise this desktop' });
  await expect(heading).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('The relay says it has no such device.')).toBeVisible();
  await expect(page.getByText('Nothing was deleted')).toBeVisible();
  await shoot('relay-unknown');
  await page.setViewportSize({ width: 560, height: 800 });
  await page.screenshot({ path: path.join(import.meta.dirname, '../artifacts/screenshots/relay-unknown-narrow.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await seriousAxeViolations()).toEqual([]);

  // "Unlink and start over" asks first; keeping the desktop linked changes nothing.
  await page.getByRole('button', { name: 'Unlink and start over' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Unlink this desktop?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep linked' }).click();
  await expect(confirm).toHaveCount(0);

  // The real relay returns; "Try again" brings the chats back with their history.
  await stopRelay();
  await startRelayOn(path.join(world.dir, 'relay'));
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Chats' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Conversations' }).getByText('I will answer when the connection is back.')).toBeVisible();
});

/** The pid of the relay child a browser host started for `dataDir`, found by its command line. */
async function embeddedRelayPid(dataDir: string): Promise<number> {
  const relayDir = path.join(dataDir, 'relay');
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = commandLine.split('\0');
    if (args.some((arg) => arg.endsWith('relay.js')) && args.includes(relayDir)) return Number(entry);
  }
  throw new Error('the desktop’s embedded relay is not running');
}

test('says so when the relay this desktop started is killed and restarted', async () => {
  test.setTimeout(120_000);
  const own = await startDesktop();
  const phoneStore = await openEncryptedStore({
    dataDir: path.join(own.dataDir, 'test-phone'),
    keyStore: new InMemoryKeyStore(),
    profileId: 'test-phone',
  });
  const phone = await registerPrimary({ store: phoneStore, relayUrl: own.relayUrl, handle: `carol${String(process.pid)}` });
  const ownPage = await page.context().newPage();
  try {
    phone.start();
    await ownPage.goto(own.url);
    await ownPage.getByText('No camera? Use the link instead').click();
    const code = ownPage.locator('.link-url code');
    await expect(code).toHaveText(/^parley:\/\/link\?/, { timeout: 20_000 });
    await phone.devices.provision((await code.textContent()) ?? '');
    await expect(ownPage.getByRole('heading', { name: 'Chats' })).toBeVisible({ timeout: 30_000 });
    const banner = ownPage.getByRole('region', { name: 'Connection to the relay' });
    await expect(banner).toHaveCount(0);

    process.kill(await embeddedRelayPid(own.dataDir), 'SIGKILL');
    await expect(banner).toContainText('The local relay stopped and was restarted.', { timeout: 30_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await ownPage.emulateMedia({ colorScheme: scheme });
      await expect(ownPage.locator('html')).toHaveAttribute('data-theme', scheme);
      await ownPage.screenshot({ path: path.join(screenshotsDir, `local-relay-restarted-${scheme}.png`) });
    }
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  } finally {
    await ownPage.close();
    await phone.stop();
    phoneStore.close();
    await own.stop();
  }
});
