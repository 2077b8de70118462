/**
 * The real renderer in Debian's Chromium, served by the real browser host with its
 * embedded relay: what a new user sees first.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { methodChannel } from '../../shared/ipc/service';
import { startRelay } from '../../server/relay';
import type { Desktop } from './desktop';
import { startDesktop } from './desktop';
import { inspectScreenshot } from './screenshot';

const screenshots = path.resolve(import.meta.dirname, '../../docs/screenshots');

let desktop: Desktop;
test.beforeAll(async () => {
  await fs.mkdir(screenshots, { recursive: true });
  desktop = await startDesktop();
});
test.afterAll(async () => {
  await desktop.stop();
});

test('shows the link screen, connected to the embedded relay, in a screenshot a person can read', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(desktop.url);
  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(`Connected to the relay at ${desktop.relayUrl}`);
  await expect(page.getByText('This desktop will appear on your phone as')).toBeVisible();

  const png = await page.screenshot({ path: path.join(screenshots, 'link-screen-light.png') });
  const stats = inspectScreenshot(png);
  expect(stats.width).toBe(1280);
  expect(stats.height).toBe(800);
  // A light page with readable content: neither blank nor a wall of ink.
  expect(stats.meanLuminance).toBeGreaterThan(180);
  expect(stats.inkShare).toBeGreaterThan(0.005);
  expect(stats.inkShare).toBeLessThan(0.3);
});

test('switches to the dark theme through the host and keeps it after a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(desktop.url);
  await page.getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = inspectScreenshot(await page.screenshot({ path: path.join(screenshots, 'link-screen-dark.png') }));
  expect(dark.meanLuminance).toBeLessThan(80);
  expect(dark.inkShare).toBeGreaterThan(0.005);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByText('System', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('gives the page exactly the IPC transport and no Node', async ({ page }) => {
  await page.goto(desktop.url);
  await expect(page.getByRole('heading', { name: 'Link this desktop' })).toBeVisible();
  const surface = await page.evaluate(() => ({
    transport: Object.keys(window.parleyTransport).sort(),
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
  }));
  expect(surface).toEqual({ transport: ['invoke', 'subscribe'], hasRequire: false, hasProcess: false });
  expect(await page.evaluate(() => 'parley' in window)).toBe(false);
  // A refusal comes back as a plain response with its code: nothing is thrown across the boundary.
  const invalid = await page.evaluate(
    async ([channel]) => window.parleyTransport.invoke(channel ?? '', ['purple']),
    [methodChannel('settings', 'setTheme')],
  );
  expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
});

test('refuses a page without the token', async ({ page }) => {
  const response = await page.goto(`${desktop.origin}/`);
  expect(response?.status()).toBe(403);
  await expect(page.getByText('needs the address with its token')).toBeVisible();
});

test('refuses the IPC socket to a page from another origin, even one that knows the token', async ({ page }) => {
  const token = new URL(desktop.url).searchParams.get('token') ?? '';
  const socketUrl = `ws://${new URL(desktop.url).host}/ipc?token=${token}`;
  const other = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${String((other.address() as AddressInfo).port)}/`);
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(url);
          socket.onopen = () => {
            resolve('open');
          };
          socket.onerror = () => {
            resolve('refused');
          };
        }),
      socketUrl,
    );
    expect(outcome).toBe('refused');
  } finally {
    other.closeAllConnections();
    await new Promise((resolve) => other.close(resolve));
  }
});

test('says so when the relay is unreachable, and recovers on "Try again"', async ({ page }) => {
  const relayDir = await fs.mkdtemp(path.join(desktop.dataDir, 'own-relay-'));
  let relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: relayDir, logger: false });
  const port = Number(new URL(relay.url).port);
  const second = await startDesktop({ relayPort: port });
  try {
    await page.goto(second.url);
    await expect(page.getByRole('status')).toContainText('Connected to the relay');
    await relay.close();
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Can’t reach the relay');
    await page.screenshot({ path: path.join(screenshots, 'link-screen-relay-down.png') });
    relay = await startRelay({ host: '127.0.0.1', port, dataDir: relayDir, logger: false });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('status')).toContainText('Connected to the relay');
  } finally {
    await second.stop();
    await relay.close();
  }
});
