/**
 * What the user sees when storage fails, in Debian's Chromium against the built browser
 * host (run inside scripts/with-keyring.sh, so the host's keychain is real): a linked
 * desktop whose database is damaged past page 1 gets the problem screen (what happened,
 * every file kept and where, restore or a confirmed start-over), and a first run with
 * no keychain stays on the link screen with what to do. Both in light, dark and a
 * narrow window, checked by axe, with screenshots in docs/screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { profileIdFor } from '../../electron/host/services/desktop-session';
import { KeytarKeyStore, keychainAccount, keychainService, loadKeytar } from '../../engine/keychain';
import { openEncryptedStore, toAccountId, toDeviceId, toRegistrationId } from '../../engine/store';
import { inspectScreenshot } from './screenshot';

const root = path.resolve(import.meta.dirname, '../..');
const screenshots = path.join(root, 'docs/screenshots');
const pageSize = 4096;

interface Host {
  readonly url: string;
  stop(): Promise<void>;
}

/** The built browser host on `dataDir`, as `npm start` runs it without a window. */
async function startHost(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Host> {
  // The host's log goes to the artifacts, so a failure here can be read afterwards.
  const log = await fs.open(path.join(root, 'tests', 'artifacts', `storage-problems-host-${String(Date.now())}.log`), 'w');
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'out/main/browser-host.js'), '--no-open', '--relay-port', '0'], {
    env: { ...env, PARLEY_DATA_DIR: dataDir, PARLEY_LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'pipe', log.fd],
  });
  child.once('exit', () => {
    log.close().catch(() => undefined);
  });
  const url = await new Promise<string>((resolve, reject) => {
    if (child.stdout === null) throw new Error('no stdout');
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^\s*Desktop:\s+(\S+)/.exec(line);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => {
      reject(new Error(`the browser host exited with ${String(code)}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A linked desktop's database on disk (an account and a few hundred messages), then damaged in the middle. */
async function damagedLinkedDesktop(dataDir: string): Promise<void> {
  const store = await openEncryptedStore({ dataDir: path.join(dataDir, 'account'), keyStore: new KeytarKeyStore(), profileId: profileIdFor(dataDir) });
  const peer = toAccountId(randomUUID());
  store.transaction(() => {
    store.saveAccount({
      accountId: toAccountId(randomUUID()),
      deviceId: toDeviceId(2),
      registrationId: toRegistrationId(1234),
      identityKeyPair: IdentityKeyPair.generate().serialize(),
      profileKey: new Uint8Array(randomBytes(32)),
      relayPassword: randomBytes(16).toString('hex'),
      handle: 'alice',
      createdAt: Date.now(),
    });
    store.upsertRecipient({ accountId: peer, handle: 'bob', displayName: 'Bob' });
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
        body: `message ${String(index)} ${randomUUID()}`,
        status: 'read',
        errorText: null,
      });
    }
  });
  store.close();
  const file = path.join(dataDir, 'account', 'parley.db');
  const pages = (await fs.stat(file)).size / pageSize;
  const handle = await fs.open(file, 'r+');
  await handle.write(randomBytes(32), 0, 32, Math.floor(pages / 2) * pageSize + 300);
  await handle.close();
}

/** Serious and critical axe findings, in the colour scheme now shown. */
async function axeFindings(page: Page): Promise<Array<string>> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

/** Light and dark at 1280×800, then a narrow window: each screenshot readable, each scheme clean for axe. */
async function lookAt(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const stats = inspectScreenshot(await page.screenshot({ path: path.join(screenshots, `${name}-${scheme}.png`) }));
    if (scheme === 'light') expect(stats.meanLuminance).toBeGreaterThan(150);
    else expect(stats.meanLuminance).toBeLessThan(90);
    expect(stats.inkShare).toBeGreaterThan(0.005);
    expect(await axeFindings(page), `${name} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 420, height: 860 });
  await page.screenshot({ path: path.join(screenshots, `${name}-narrow.png`), fullPage: true });
  // Nothing wider than the window: the folder path and the command wrap.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  await page.setViewportSize({ width: 1280, height: 800 });
}

let dir: string;
const hosts: Array<Host> = [];

test.beforeEach(async () => {
  await fs.mkdir(screenshots, { recursive: true });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-e2e-storage-'));
});
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  await loadKeytar().deletePassword(keychainService, keychainAccount(profileIdFor(path.join(dir, 'desktop'))));
  await fs.rm(dir, { recursive: true, force: true });
});

test('a damaged database shows what happened, where the kept files are, and a confirmed way to start over', async ({ page }) => {
  const dataDir = path.join(dir, 'desktop');
  await damagedLinkedDesktop(dataDir);
  const host = await startHost(dataDir);
  hosts.push(host);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(host.url);

  await expect(page.getByRole('heading', { name: 'Parley can’t open its messages' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Parts of the database file are damaged')).toBeVisible();
  await expect(page.getByText('Nothing was deleted')).toBeVisible();
  await expect(page.locator('.problem-folder code')).toHaveText(path.join(dataDir, 'account'));
  await expect(page.getByText('If you have a backup copy of this folder')).toBeVisible();
  await lookAt(page, 'problem-database-corrupt');

  // "Try again" meets the same damage: the same screen, the file still there.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Parley can’t open its messages' })).toBeVisible();
  await expect(fs.stat(path.join(dataDir, 'account', 'parley.db'))).resolves.toBeDefined();

  // Starting over asks first; only the confirmation deletes, then a code is shown.
  await page.getByRole('button', { name: 'Unlink and start over' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Unlink this desktop?' })).toBeVisible();
  await lookAt(page, 'problem-start-over-confirm');
  await page.getByRole('button', { name: 'Unlink and delete' }).click();
  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible({ timeout: 20_000 });
  await expect(fs.stat(path.join(dataDir, 'account', 'parley.db'))).rejects.toThrow(/ENOENT/);
});

test('a first run without a keychain stays on the link screen and says what to do', async ({ page }) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(dir, 'no-such-bus')}` };
  const host = await startHost(path.join(dir, 'desktop'), env);
  hosts.push(host);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(host.url);

  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Parley can’t reach the system keychain' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('There is no D-Bus session here')).toBeVisible();
  await expect(page.locator('.problem-command code')).toHaveText('scripts/with-keyring.sh npm start');
  await expect(page.getByText('can’t open its messages')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Unlink and start over' })).toHaveCount(0);
  await lookAt(page, 'link-screen-no-keychain');
});
