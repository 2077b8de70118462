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
import { methodChannel } from '../../shared/ipc/service';
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

test('exposes exactly the IPC transport as window.parleyTransport', async () => {
  const page = await app.firstWindow();
  const surface = await page.evaluate(() => ({
    transport: Object.keys(window.parleyTransport).sort(),
    hasParley: 'parley' in window,
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
  }));
  expect(surface).toEqual({ transport: ['invoke', 'subscribe'], hasParley: false, hasRequire: false, hasProcess: false });
  // The contract's methods answer through it; anything else is refused in the preload.
  expect(await page.evaluate(async (name) => window.parleyTransport.invoke(name, []), methodChannel('app', 'getInfo'))).toMatchObject({ ok: true });
  expect(await page.evaluate(async () => window.parleyTransport.invoke('parley:shell.exec', []))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  expect(Object.keys(services)).toContain('app');
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
