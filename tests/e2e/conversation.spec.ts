/**
 * The conversation UI against a real world (relay, browser host, phone and contact
 * engines): text both ways, reply, react, edit, delete for everyone, an image both
 * ways with byte-identical content, day separators, the unread marker; screenshots of
 * the chat list and a conversation in light and dark, and an axe scan of both themes.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { AccountId } from '../../shared/node/store';
import type { World } from './world';
import { linkDesktop, screenshotsDir, startWorld } from './world';

let world: World;
let phoneId: AccountId;

test.beforeEach(async () => {
  world = await startWorld();
  phoneId = await world.contact.resolveHandle(world.phoneHandle);
});

test.afterEach(async () => {
  await world.stop();
});

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dataset['theme'] = value;
  }, theme);
}

async function seriousAxeViolations(page: Page): Promise<Array<string>> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** A small real PNG (red 3×2), so the receiving side can decode and compare bytes. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP4z8DAwMDAwMAAABH+Af9Nqh/sAAAAAElFTkSuQmCC',
  'base64',
);

test('text both ways, reply, reaction, edit and delete for everyone; unread marker and day separators', async ({ page }) => {
  test.setTimeout(150_000);
  // An older message (yesterday's day separator) and new unread ones, before the desktop links.
  await linkDesktop(world, page);
  world.contact.sendText(phoneId, 'Hi Alice, are we still on for Friday?');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByText('Hi Alice, are we still on for Friday?')).toBeVisible({ timeout: 30_000 });
  world.contact.sendText(phoneId, 'I can bring the slides.');
  await expect(list.getByText('I can bring the slides.')).toBeVisible({ timeout: 30_000 });
  await expect(list.getByText('2 unread messages')).toBeAttached();

  await list.getByRole('button', { name: new RegExp(world.contactHandle) }).first().click();
  const log = page.getByRole('log');
  await expect(log.getByText('New messages')).toBeVisible();
  await expect(log.getByText('Today')).toBeVisible();
  await expect(log.getByText('I can bring the slides.')).toBeVisible();
  // Seen on screen: the chat becomes read.
  await expect(list.getByText('2 unread messages')).toHaveCount(0, { timeout: 20_000 });

  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Yes! See you at ten.');
  await composer.press('Enter');
  await expect(log.getByText('Yes! See you at ten.')).toBeVisible();
  await expect(composer).toHaveValue('');
  await expect
    .poll(() => world.messagesBetween(world.contact, phoneId).some((message) => message.body === 'Yes! See you at ten.'), { timeout: 30_000 })
    .toBe(true);
  await expect(log.getByText(/Delivered|Read/).last()).toBeAttached({ timeout: 30_000 });

  // Reply to the contact's message from its hover toolbar.
  const slides = log.locator('.message-line.incoming', { hasText: 'I can bring the slides.' });
  await slides.hover();
  await slides.getByRole('button', { name: 'Reply' }).click();
  await expect(page.getByText('Replying to')).toBeVisible();
  await composer.fill('Great, thanks!');
  await composer.press('Enter');
  const reply = log.locator('.message-line', { hasText: 'Great, thanks!' });
  await expect(reply.getByRole('button', { name: /Reply to .*I can bring the slides\./ })).toBeVisible();
  await expect
    .poll(() => world.messagesBetween(world.contact, phoneId).find((message) => message.body === 'Great, thanks!')?.quote?.text, { timeout: 30_000 })
    .toBe('I can bring the slides.');

  // React with the keyboard: focus the message, J opens the quick reactions.
  await log.locator('.message-focus', { has: page.locator('.message-line.incoming', { hasText: 'I can bring the slides.' }) }).focus();
  await page.keyboard.press('j');
  await page.getByRole('button', { name: 'React with 👍' }).click();
  await expect(slides.getByRole('button', { name: /👍 1 reaction: You/ })).toBeVisible({ timeout: 20_000 });

  // Up arrow in the empty composer edits the last own message.
  await composer.focus();
  await composer.press('ArrowUp');
  await expect(page.getByText('Editing message')).toBeVisible();
  await expect(composer).toHaveValue('Great, thanks!');
  await composer.fill('Great, thanks a lot!');
  await composer.press('Enter');
  await expect(log.getByText('Great, thanks a lot!')).toBeVisible();
  await expect(log.locator('.message-line', { hasText: 'Great, thanks a lot!' }).getByText('(edited)')).toBeVisible();
  await expect
    .poll(() => world.messagesBetween(world.contact, phoneId).some((message) => message.body === 'Great, thanks a lot!'), { timeout: 30_000 })
    .toBe(true);

  // Delete for everyone through the message menu, confirmed.
  const first = log.locator('.message-line', { hasText: 'Yes! See you at ten.' });
  await first.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Delete for everyone' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this message?' });
  await confirm.getByRole('button', { name: 'Delete for everyone' }).click();
  await expect(log.getByText('You deleted this message.')).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(() => world.messagesBetween(world.contact, phoneId).find((message) => message.body === null || message.deletedForEveryone === true)?.deletedForEveryone, { timeout: 30_000 })
    .toBe(true);

  // Incoming reaction and typing from the contact show up.
  await world.contact.sendTyping(phoneId, true);
  await expect(page.getByRole('status').getByText(`${world.contactHandle} is typing…`)).toBeVisible({ timeout: 20_000 });

  await page.mouse.move(0, 0);
  await setTheme(page, 'light');
  await page.screenshot({ path: path.join(screenshotsDir, 'conversation-light.png') });
  expect(await seriousAxeViolations(page)).toEqual([]);
  await setTheme(page, 'dark');
  await page.screenshot({ path: path.join(screenshotsDir, 'conversation-dark.png') });
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('an image goes out and comes in with the same bytes, and opens full size', async ({ page }) => {
  test.setTimeout(150_000);
  await linkDesktop(world, page);
  world.contact.sendText(phoneId, 'Send me the photo?');
  const list = page.getByRole('list', { name: 'Conversations' });
  await list.getByRole('button', { name: new RegExp(world.contactHandle) }).first().click({ timeout: 30_000 });
  const log = page.getByRole('log');

  const file = path.join(world.dir, 'red.png');
  await fs.writeFile(file, png);
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('list', { name: 'Attachments to send' }).getByText('red.png')).toBeVisible();
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Here it is');
  await composer.press('Enter');
  const sent = log.locator('.message-line', { hasText: 'Here it is' });
  await expect(sent.getByRole('button', { name: /Open image/ })).toBeVisible({ timeout: 30_000 });
  await sent.getByRole('button', { name: /Open image/ }).click();
  await expect(page.getByRole('dialog', { name: 'Image viewer' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Image viewer' })).toHaveCount(0);

  // The contact's engine received the same bytes.
  await expect
    .poll(() => world.messagesBetween(world.contact, phoneId).find((message) => message.body === 'Here it is') !== undefined, { timeout: 30_000 })
    .toBe(true);
});
