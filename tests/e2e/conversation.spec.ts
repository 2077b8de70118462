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
import type { AccountId } from '../../engine/store';
import type { World } from './world';
import { linkDesktop, screenshotsDir, startWorld } from './world';

let world: World;
let phoneId: AccountId;

test.beforeEach(async () => {
  world = await startWorld();
  phoneId = await world.contact.contacts.resolveHandle(world.phoneHandle);
});

test.afterEach(async () => {
  // A world that failed to start has nothing to stop.
  await (world as World | undefined)?.stop();
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
  world.contact.messaging.sendText(phoneId, 'Hi Alice, are we still on for Friday?');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByText('Hi Alice, are we still on for Friday?')).toBeVisible({ timeout: 30_000 });
  world.contact.messaging.sendText(phoneId, 'I can bring the slides.');
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
    .poll(() => world.messagesBetween(world.contact, phoneId).find((message) => message.deletedForEveryone)?.deletedForEveryone, { timeout: 30_000 })
    .toBe(true);

  // Incoming reaction and typing from the contact show up.
  await world.contact.messaging.typing(phoneId, true);
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
  world.contact.messaging.sendText(phoneId, 'Send me the photo?');
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

  // The contact's engine downloads, verifies and decrypts the same bytes.
  const receivedBytes = async (): Promise<string> => {
    const message = world.messagesBetween(world.contact, phoneId).find((each) => each.body === 'Here it is');
    const attachment = message === undefined ? undefined : world.contact.attachments.listForMessage(message.id)[0];
    if (attachment?.state !== 'ready') return 'not yet';
    const { data } = await world.contact.attachments.read(attachment.id, 0, 1_000_000);
    return Buffer.from(data).toString('base64');
  };
  await expect.poll(receivedBytes, { timeout: 30_000 }).toBe(png.toString('base64'));
});

test('chat list: pin, mute, archive, filter and mark read from the row menu', async ({ page }) => {
  test.setTimeout(150_000);
  await linkDesktop(world, page);
  const carol = await world.register(`carol${String(process.pid)}`);
  const dave = await world.register(`dave${String(process.pid)}`);
  const list = page.getByRole('list', { name: 'Conversations' });
  world.contact.messaging.sendText(phoneId, 'Lunch at one?');
  await expect(list.getByText('Lunch at one?')).toBeVisible({ timeout: 30_000 });
  carol.messaging.sendText(await carol.contacts.resolveHandle(world.phoneHandle), 'The quarterly numbers are in the shared folder.');
  await expect(list.getByText('The quarterly numbers are in the shared folder.')).toBeVisible({ timeout: 30_000 });
  dave.messaging.sendText(await dave.contacts.resolveHandle(world.phoneHandle), 'Running 5 minutes late, sorry!');
  await expect(list.getByText('Running 5 minutes late, sorry!')).toBeVisible({ timeout: 30_000 });

  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(3);
  // Newest first: Dave, Carol, Bob. Pin Bob: he moves to the top with a pin.
  await expect(rows.first()).toContainText('Running 5 minutes late');
  await list.getByRole('button', { name: `More options for ${world.contactHandle}` }).click();
  await page.getByRole('menuitem', { name: 'Pin chat' }).click();
  await expect(rows.first()).toContainText('Lunch at one?', { timeout: 20_000 });
  await expect(rows.first().getByText('Pinned')).toBeAttached();

  // Mute Carol for 8 hours with the keyboard (context menu key on the focused row).
  const carolRow = list.getByRole('listitem').filter({ hasText: 'quarterly numbers' });
  await carolRow.getByRole('button').first().focus();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Mute for 8 hours' }).focus();
  await page.keyboard.press('Enter');
  await expect(carolRow.getByText('Muted')).toBeAttached({ timeout: 20_000 });

  // Mark Dave read without opening the chat.
  const daveRow = list.getByRole('listitem').filter({ hasText: 'Running 5 minutes late' });
  await expect(daveRow.getByText('1 unread message')).toBeAttached();
  await daveRow.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Mark as read' }).click();
  await expect(daveRow.getByText('1 unread message')).toHaveCount(0, { timeout: 20_000 });

  await page.mouse.move(700, 400);
  await setTheme(page, 'light');
  await page.screenshot({ path: path.join(screenshotsDir, 'chat-list-light.png') });
  await setTheme(page, 'dark');
  await page.screenshot({ path: path.join(screenshotsDir, 'chat-list-dark.png') });
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Filter by name.
  await page.getByRole('searchbox', { name: 'Filter chats by name' }).fill('carol');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter chats by name' }).fill('');

  // Archive Dave: he leaves the list and shows under "Archived (1)".
  await daveRow.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Archive chat' }).click();
  await expect(rows).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Archived (1)' }).click();
  await expect(page.getByRole('heading', { name: 'Archived chats' })).toBeVisible();
  await expect(list.getByText('Running 5 minutes late, sorry!')).toBeVisible();
});
