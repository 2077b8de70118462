/**
 * The panels over the chats, driven by keyboard as a person would, against a real
 * relay, the built browser host and real engines as the phone and the contacts:
 * jump to a chat, search that opens the message in its chat, new chat by handle, the
 * safety number read from the screen's pixels and compared with the contact's own,
 * notifications (Web Notifications in the browser host), and settings.
 * Every panel is photographed in light and dark at 1280×800.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { decodeQrPng } from '../../engine/linking/qr-image';
import type { AccountId } from '../../engine/store';
import type { World } from './world';
import { linkDesktop, screenshotsDir, startWorld } from './world';

test.describe.configure({ mode: 'serial' });

let world: World;
let page: Page;
let aliceId: AccountId;
let carolHandle: string;

/** Records each notification the page constructs, and says the window is in the background. */
function recordNotifications(): void {
  const recorded: Array<{ title: string; body: string | undefined; tag: string | undefined }> = [];
  const instances: Array<Notification> = [];
  Object.assign(window, { recordedNotifications: recorded, notificationInstances: instances });
  const Original = window.Notification;
  class RecordingNotification extends Original {
    constructor(title: string, options?: NotificationOptions) {
      recorded.push({ title, body: options?.body, tag: options?.tag });
      super(title, options);
      instances.push(this);
    }
  }
  Object.defineProperty(RecordingNotification, 'permission', { get: () => Original.permission });
  Object.defineProperty(RecordingNotification, 'requestPermission', { value: Original.requestPermission.bind(Original) });
  window.Notification = RecordingNotification;
  // A notification for the chat on screen is skipped only while the window has focus.
  document.hasFocus = () => false;
}

async function shoot(name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: path.join(screenshotsDir, `panels-${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path.join(screenshotsDir, `panels-${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

function conversations(): Locator {
  return page.getByRole('list', { name: 'Conversations' });
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = await startWorld();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['notifications'], { origin: world.desktop.origin });
  await context.addInitScript(recordNotifications);
  page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await linkDesktop(world, page);
  aliceId = world.phone.account.accountId;

  // Two contacts write to the user: Bob about lunch, Carol about a book.
  world.contact.messaging.sendText(aliceId, 'Lunch at the harbour on Friday?');
  world.contact.messaging.sendText(aliceId, 'Bring the blue umbrella, it may rain.');
  carolHandle = `carol${String(process.pid)}`;
  const carol = await world.register(carolHandle);
  carol.messaging.sendText(aliceId, 'Have you finished the novel yet?');
  await expect(conversations().getByText('Have you finished the novel yet?')).toBeVisible({ timeout: 30_000 });
  await expect(conversations().getByText('Bring the blue umbrella, it may rain.')).toBeVisible({ timeout: 30_000 });
});

test.afterAll(async () => {
  await page.context().close();
  await world.stop();
});

test('Ctrl+K jumps to a chat by typing part of its name', async () => {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Jump to chat' });
  await expect(palette).toBeVisible();
  const field = palette.getByRole('combobox', { name: 'Chat name or handle' });
  await expect(field).toBeFocused();
  await field.fill(carolHandle.slice(0, 5));
  const options = palette.getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await shoot('jump');
  await field.fill('no chat has this name');
  await expect(palette.getByText('No chat matches “no chat has this name”.')).toBeVisible();
  await field.fill(carolHandle.slice(0, 5));
  await field.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('main').getByText('Have you finished the novel yet?')).toBeVisible();

  // Esc closes without choosing.
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test('Ctrl+F finds a message and opens it in its chat', async () => {
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('dialog', { name: 'Search messages' });
  await expect(panel).toBeVisible();
  const field = panel.getByRole('searchbox', { name: 'Search all messages' });
  await expect(field).toBeFocused();
  await field.fill('umbrella');
  const group = panel.getByRole('region', { name: new RegExp(world.contactHandle) });
  await expect(group).toBeVisible({ timeout: 10_000 });
  const hit = group.getByRole('button', { name: /blue umbrella/ });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(/umbrella/i);
  await shoot('search');

  await field.fill('zebra crossing');
  await expect(panel.getByText('No messages contain “zebra crossing”.')).toBeVisible();
  await field.fill('umbrella');
  await expect(hit).toBeVisible();
  // Keyboard only: down into the results, Enter opens.
  await field.press('ArrowDown');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('main').getByText('Bring the blue umbrella, it may rain.')).toBeVisible();
  await expect(page.getByRole('main').getByText('Lunch at the harbour on Friday?')).toBeVisible();
});

test('Ctrl+N starts a chat by handle and says clearly when nobody has it', async () => {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New chat' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Their handle' });
  await expect(field).toBeFocused();
  await field.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Enter the handle of the person you want to write to.');
  await field.fill('@nobody-here-at-all');
  await field.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('No Parley account has the handle @nobody-here-at-all.', { timeout: 10_000 });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays, to be corrected.
  await expect(field).toHaveValue('@nobody-here-at-all');
  await shoot('new-chat-unknown');

  const daveHandle = `dave${String(process.pid)}`;
  await world.register(daveHandle);
  await field.fill(`@${daveHandle}`);
  await field.press('Enter');
  await expect(dialog).toBeHidden({ timeout: 10_000 });
  await expect(conversations().getByText(daveHandle)).toBeVisible();
});

test('the safety number on screen is the contact’s own, read from the QR code; verifying shows a badge', async () => {
  await openChat(world.contactHandle);
  await openContactPanel();
  const sheet = page.getByRole('dialog', { name: 'Contact' });
  await expect(sheet.getByText(`@${world.contactHandle}`)).toBeVisible();
  await expect(sheet.getByText('Not verified')).toBeVisible();
  await shoot('contact');
  await sheet.getByRole('button', { name: 'View safety number' }).click();

  const dialog = page.getByRole('dialog', { name: /Your safety number with/ });
  await expect(dialog).toBeVisible();
  const theirs = world.contact.safety.safetyNumber(aliceId);
  const digits = dialog.getByRole('group', { name: /Safety number, 60 digits/ });
  await expect(digits).toHaveText(theirs.digits);
  await expect(digits.locator('.safety-group')).toHaveCount(12);

  // What the contact's phone would do: read the code from the screen and compare it with its own.
  const qr = dialog.getByRole('img', { name: /QR code of your safety number/ });
  await expect(qr).toBeVisible();
  const scanned = decodeQrPng(await dialog.screenshot());
  expect(world.contact.safety.compare(aliceId, { kind: 'scanned', qrPayload: scanned })).toBe(true);
  await shoot('safety-number');

  // And the other way: the contact's code as a screenshot, given to the desktop as an image file.
  const theirCode = await QRCode.toBuffer(theirs.qrPayload, { type: 'png', margin: 4, width: 360 });
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'their-code.png', mimeType: 'image/png', buffer: theirCode });
  const outcome = dialog.getByRole('status').filter({ hasText: 'Safety numbers match' });
  await expect(outcome).toBeVisible({ timeout: 10_000 });

  // Pictures that are not codes are refused in words.
  const fileInput = dialog.locator('input[type="file"]');
  await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(dialog.getByText('That file is not an image Parley can read.')).toBeVisible();
  const blank = new PNG({ width: 200, height: 200 });
  blank.data.fill(255);
  await fileInput.setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: PNG.sync.write(blank) });
  await expect(dialog.getByText(/No QR code was found in that image/)).toBeVisible();

  // A screenshot pasted into the dialog is read the same way.
  await dialog.evaluate((element, base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const clipboard = new DataTransfer();
    clipboard.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
    element.querySelector('.safety-body')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true }));
  }, theirCode.toString('base64'));
  await expect(outcome).toBeVisible({ timeout: 10_000 });

  // And one dropped on the drop zone, after a refused one so the outcome really changes.
  const drop = async (name: string, type: string, bytes: Buffer): Promise<void> => {
    await dialog.locator('.drop-zone').evaluate(
      (zone, file) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0))], file.name, { type: file.type }));
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name, type, base64: bytes.toString('base64') },
    );
  };
  await drop('blank.png', 'image/png', PNG.sync.write(blank));
  await expect(dialog.getByText(/No QR code was found in that image/)).toBeVisible();
  await drop('their-code.png', 'image/png', theirCode);
  await expect(outcome).toBeVisible({ timeout: 10_000 });

  // A number that differs in one digit is a mismatch, in words.
  const wrong = `${theirs.digits.slice(0, 59)}${theirs.digits.endsWith('0') ? '1' : '0'}`;
  await dialog.getByRole('textbox', { name: 'Their safety number' }).fill(wrong);
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await expect(dialog.getByText(/These safety numbers do not match/)).toBeVisible();
  await shoot('safety-number-mismatch');

  // The right one, pasted with spaces, matches; mark as verified from there.
  await dialog.getByRole('textbox', { name: 'Their safety number' }).fill(theirs.digits.replace(/(\d{5})/g, '$1 '));
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await expect(outcome).toBeVisible();
  await outcome.getByRole('button', { name: 'Mark as verified' }).click();
  await expect(dialog.getByText(/You verified/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Clear verification' })).toBeVisible();

  // Closing returns to the contact sheet, which now shows the badge.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sheet.getByText(/^✓\s*Verified$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('the contact sheet shows the photos of the chat and mutes it', async () => {
  await openChat(world.contactHandle);
  const picture = new PNG({ width: 120, height: 80 });
  for (let index = 0; index < 120 * 80; index++) picture.data.set([30, 140, index % 120 < 60 ? 220 : 60, 255], index * 4);
  await page.getByRole('main').locator('input[type="file"]').setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: PNG.sync.write(picture) });
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('The harbour at noon');
  await composer.press('Enter');
  await expect(page.getByRole('main').getByText('The harbour at noon')).toBeVisible({ timeout: 20_000 });

  await openContactPanel();
  const sheet = page.getByRole('dialog', { name: 'Contact' });
  const thumbnail = sheet.getByRole('img', { name: 'Photo harbour.png' });
  // Decrypted by the host, handed over in chunks, shown from a Blob URL (the CSP allows blob: images only).
  await expect(thumbnail).toHaveAttribute('src', /^blob:/, { timeout: 20_000 });
  expect(await thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(120);

  await sheet.getByLabel('Mute for').selectOption('always');
  await sheet.getByRole('button', { name: 'Mute', exact: true }).click();
  await expect(sheet.getByText('Muted until you unmute')).toBeVisible();
  await shoot('contact-muted');
  await sheet.getByRole('button', { name: 'Unmute' }).click();
  await expect(sheet.getByText('Notifications on')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('a new message notifies in the browser, with the preview the user chose; clicking opens the chat', async () => {
  await openChat(carolHandle);
  const before = await recorded();
  world.contact.messaging.sendText(aliceId, 'Table for two is booked.');
  await expect.poll(async () => (await recorded()).length, { timeout: 20_000 }).toBe(before.length + 1);
  const shown = (await recorded()).at(-1);
  expect(shown?.title).toContain(world.contactHandle);
  expect(shown?.body).toBe('Table for two is booked.');
  await expect.poll(() => page.title()).toMatch(/^\(\d+\) Parley$/);
  // Clicking the notification opens its chat.
  await page.evaluate(() => (window as unknown as { notificationInstances: Array<Notification> }).notificationInstances.at(-1)?.dispatchEvent(new Event('click')));
  await expect(page.getByRole('main').getByText('Table for two is booked.')).toBeVisible();

  // Settings → previews hidden: the next one says only that something arrived.
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await settings.getByRole('radio', { name: 'No name or message' }).check();
  await shoot('settings');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  world.contact.messaging.sendText(aliceId, 'The secret is in the second drawer.');
  await expect.poll(async () => (await recorded()).length, { timeout: 20_000 }).toBe(before.length + 2);
  const hidden = (await recorded()).at(-1);
  expect(hidden?.body).toBe('New message');
  expect(JSON.stringify(hidden)).not.toContain('drawer');
  expect(JSON.stringify(hidden)).not.toContain(world.contactHandle);
});

test('settings saves a name and a picture cropped to a 96×96 square', async () => {
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  // A landscape picture: the avatar is its centred square.
  const picture = new PNG({ width: 300, height: 200 });
  for (let index = 0; index < 300 * 200; index++) picture.data.set([index % 300 < 150 ? 200 : 20, 80, 160, 255], index * 4);
  await settings.getByLabel('Your picture').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG.sync.write(picture) });
  const avatar = settings.getByRole('img', { name: 'Your picture' });
  await expect(avatar).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  expect(await avatar.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([96, 96]);
  await settings.getByLabel('Your name').fill('Alice Liddell');
  await settings.getByRole('button', { name: 'Save profile' }).click();
  await expect(settings.getByText('Profile saved and shared with your contacts.')).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  // Read back from the host, not from the dialog's memory.
  await page.keyboard.press('Control+,');
  await expect(settings.getByLabel('Your name')).toHaveValue('Alice Liddell');
  await expect(settings.getByRole('img', { name: 'Your picture' })).toBeVisible();
  await expect(settings.getByText(/Parley \d+\.\d+/)).toBeVisible();
  await page.keyboard.press('Escape');
});

test('Ctrl+/ lists the shortcuts; focus returns where it was', async () => {
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.focus();
  await page.keyboard.press('Control+/');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Jump to a chat' })).toBeVisible();
  await shoot('shortcuts');
  // Tab stays inside the dialog.
  for (let step = 0; step < 4; step++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(composer).toBeFocused();
});

async function recorded(): Promise<Array<{ title: string; body: string | undefined }>> {
  return page.evaluate(() => (window as unknown as { recordedNotifications: Array<{ title: string; body: string | undefined }> }).recordedNotifications);
}

async function openChat(handle: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Jump to chat' });
  await palette.getByRole('combobox').fill(handle);
  await palette.getByRole('combobox').press('Enter');
  await expect(palette).toBeHidden();
}

/** The conversation header's button that opens the contact sheet. */
async function openContactPanel(): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Contact info' }).click();
  await expect(page.getByRole('dialog', { name: 'Contact' })).toBeVisible();
}

test('a contact’s new safety number is explained in the dialog and accepted there', async () => {
  test.setTimeout(180_000);
  // Erin uses the phone CLI (a separate process) so that she can reinstall.
  const erin = `erin${String(process.pid)}`;
  await world.cli('erin', ['register', erin]);
  await world.cli('erin', ['send', world.phoneHandle, 'Hi, it is Erin']);
  await expect(conversations().getByText('Hi, it is Erin')).toBeVisible({ timeout: 30_000 });
  await world.cli('erin', ['reset-identity']);
  await world.cli('erin', ['send', world.phoneHandle, 'New phone, same Erin']);
  await openChat(erin);
  await expect(page.getByText('Safety number changed.')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('main').getByRole('button', { name: 'Safety number', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Your safety number with ${erin}` });
  await expect(dialog.getByRole('heading', { name: 'The safety number changed' })).toBeVisible({ timeout: 10_000 });
  // Verifying waits until the new number is accepted.
  await expect(dialog.getByRole('button', { name: 'Mark as verified' })).toBeDisabled();
  await shoot('safety-number-changed');
  await dialog.getByRole('button', { name: 'Accept new safety number' }).click();
  await expect(dialog.getByRole('heading', { name: 'The safety number changed' })).toBeHidden({ timeout: 10_000 });
  await expect(dialog.getByRole('button', { name: 'Mark as verified' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeEnabled();
});
