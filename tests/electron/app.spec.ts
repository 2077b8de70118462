/**
 * The packaged shape of the app in real Electron. Runs only where the Electron binary
 * exists; elsewhere every test reports itself skipped with the reason.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
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
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Link this desktop' })).toBeVisible();
  await expect(window.getByRole('status')).toContainText('Connected to the relay');
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const [only] = BrowserWindow.getAllWindows();
    return only?.webContents.getLastWebPreferences();
  });
  expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
});

test('exposes exactly the IPC contract as window.parley', async () => {
  const window = await app.firstWindow();
  const surface = await window.evaluate(() => ({
    services: Object.keys(window.parley).sort(),
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
  }));
  expect(surface).toEqual({ services: ['app', 'settings'], hasRequire: false, hasProcess: false });
});

test('denies navigation and new windows', async () => {
  const window = await app.firstWindow();
  const before = window.url();
  await window.evaluate(() => {
    window.open('https://example.com');
    window.location.href = 'https://example.com';
  });
  await window.waitForTimeout(500);
  expect(window.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});
