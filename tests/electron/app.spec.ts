/**
 * The packaged shape of the app in real Electron. Runs only where the Electron binary
 * exists; elsewhere every test reports itself skipped with the reason.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { services } from '../../shared/ipc/contract';
import { electronUnavailableReason } from './electron-status';

const root = path.resolve(import.meta.dirname, '../..');
const unavailable = electronUnavailableReason();
test.skip(unavailable !== undefined, unavailable ?? '');
if (unavailable !== undefined) process.stdout.write(`[electron suite skipped] ${unavailable}\n`);

let app: ElectronApplication;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-electron-'));
  app = await electron.launch({
    args: [path.join(root, 'out/main/index.js')],
    env: { ...process.env, PARLEY_DATA_DIR: dataDir, PARLEY_RELAY_PORT: '0' },
  });
});
test.afterAll(async () => {
  await app.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

test('opens one sandboxed window on the link screen', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Connected to the relay');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // Sandboxed renderers report no Node process to the page.
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
});

test('exposes exactly the IPC contract as window.parley', async () => {
  const page = await app.firstWindow();
  const surface = await page.evaluate(() => ({
    services: Object.keys(window.parley).sort(),
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
  }));
  // Derived from the contract: a service added there must appear here without editing this test.
  expect(surface).toEqual({ services: Object.keys(services).sort(), hasRequire: false, hasProcess: false });
});

test('denies navigation and new windows', async () => {
  const page = await app.firstWindow();
  const before = page.url();
  await page.evaluate(() => {
    window.open('https://example.com');
    window.location.href = 'https://example.com';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});
