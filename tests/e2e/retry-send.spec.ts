/**
 * A message that could not be sent shows "Not sent — tap to retry" with the reason, and
 * tapping it sends the message again (issue 10, item 4). The failure is real: the
 * contact (the phone CLI, a separate process) reinstalls, so the desktop's next message
 * meets a new safety number and is not sent; once the user accepts it, the retry goes.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { World } from './world';
import { linkDesktop, startWorld } from './world';

const artifacts = path.resolve(import.meta.dirname, '../artifacts/screenshots');

let world: World;
let carol: string;

test.beforeEach(async () => {
  world = await startWorld();
  carol = `carol${String(process.pid)}`;
  await world.cli('carol', ['register', carol]);
});

test.afterEach(async () => {
  await (world as World | undefined)?.stop();
});

/** For a person to look at: light and dark, wide and narrow (not part of docs/screenshots). */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1280, 720]) {
    await page.setViewportSize({ width, height: 800 });
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: path.join(artifacts, `${name}-${String(width)}-${theme}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a message that was not sent says why and goes out when the user taps retry', async ({ page }) => {
  test.setTimeout(180_000);
  await linkDesktop(world, page);
  await world.cli('carol', ['send', world.phoneHandle, 'Hello from the shop']);
  const list = page.getByRole('list', { name: 'Conversations' });
  await list.getByRole('button', { name: new RegExp(carol) }).first().click({ timeout: 30_000 });
  const log = page.getByRole('log');
  await expect(log.getByText('Hello from the shop')).toBeVisible({ timeout: 30_000 });

  // carol reinstalls without writing: the desktop learns of it only when it sends.
  await world.cli('carol', ['reset-identity']);
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Are you still there?');
  await composer.press('Enter');
  const retry = log.getByRole('button', { name: 'Not sent — tap to retry' });
  await expect(retry).toBeVisible({ timeout: 30_000 });
  await expect(retry).toHaveAccessibleDescription('The safety number changed before it was sent.');
  await screenshots(page, 'send-failed');

  // Once the user accepts the new safety number, tapping retry sends the message.
  await page.getByRole('button', { name: 'Accept' }).click();
  await retry.click();
  await expect(retry).toBeHidden({ timeout: 30_000 });
  await expect
    .poll(async () => world.cli('carol', ['inbox']), { timeout: 60_000, intervals: [1_000] })
    .toContain('Are you still there?');
  await expect(log.getByRole('button', { name: 'Not sent — tap to retry' })).toHaveCount(0);
});
