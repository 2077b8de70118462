/**
 * A long chat opened at "New messages" still pages its older history in as the user
 * scrolls up (issue 10, item 8): 300 messages the user sent from the phone (they reach
 * the desktop in the history it imports when it links), then a few unread ones from the
 * contact. Real relay, browser host, phone and contact engines; the mouse wheel scrolls.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { World } from './world';
import { linkDesktop, startWorld } from './world';

const olderCount = 300;
const olderBody = (index: number): string => `Older message ${String(index)} from the phone`;

let world: World;

test.beforeEach(async () => {
  world = await startWorld();
});

test.afterEach(async () => {
  await (world as World | undefined)?.stop();
});

/** The lowest "Older message N" rendered in the log now (the list is virtualised). */
async function oldestShown(page: Page): Promise<number | undefined> {
  const texts = await page.getByRole('log').locator('.message-body').allTextContents();
  const indexes = texts.map((text) => /^Older message (\d+) /.exec(text)?.[1]).filter((value): value is string => value !== undefined).map(Number);
  return indexes.length === 0 ? undefined : Math.min(...indexes);
}

test('a chat opened at "New messages" pages older messages on scroll, down to the first one', async ({ page }) => {
  test.setTimeout(240_000);
  const bobId = await world.phone.contacts.resolveHandle(world.contactHandle);
  for (let index = 0; index < olderCount; index++) world.phone.messaging.sendText(bobId, olderBody(index));
  await world.phone.flushOutbox();

  await linkDesktop(world, page);
  const aliceId = await world.contact.contacts.resolveHandle(world.phoneHandle);
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByText(olderBody(olderCount - 1))).toBeVisible({ timeout: 60_000 });
  for (const body of ['Are you there?', 'I have news.', 'Call me when you can.']) world.contact.messaging.sendText(aliceId, body);
  await expect(list.getByText('3 unread messages')).toBeAttached({ timeout: 30_000 });

  await list.getByRole('button', { name: new RegExp(world.contactHandle) }).first().click();
  const log = page.getByRole('log');
  await expect(log.getByText('New messages')).toBeVisible();
  await expect(log.getByText('Call me when you can.')).toBeVisible();

  // The log overflows, so there is something to scroll up to.
  await expect.poll(() => log.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);

  const box = await log.boundingBox();
  if (box === null) throw new Error('the log has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const seen: Array<number> = [];
  for (let step = 0; step < 80 && seen.at(-1) !== 0; step++) {
    const before = (await oldestShown(page)) ?? olderCount;
    await page.mouse.wheel(0, -2_500);
    // Each turn of the wheel shows older messages than before (loaded from the host when needed).
    await expect.poll(async () => (await oldestShown(page)) ?? olderCount, { timeout: 10_000 }).toBeLessThan(before);
    const now = await oldestShown(page);
    if (now !== undefined) seen.push(now);
  }
  expect(seen.at(-1)).toBe(0);
  await expect(log.getByText(olderBody(0), { exact: true })).toBeVisible();
  // 300 messages are several pages of 50: they came in page after page, not at once.
  expect(new Set(seen.map((index) => Math.floor(index / 50))).size).toBeGreaterThanOrEqual(5);
});
