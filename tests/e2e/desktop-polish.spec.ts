/**
 * What a new user hit in the desktop UI (issue 10, item 16), each checked the way a
 * person would meet it, against a real relay, the built browser host, and real engines
 * as the phone and the contacts: the device name offered at linking, dark scrollbars,
 * the composer's scrollbar, event pills at 900×700, the narrow layout at 600 px, the
 * hover toolbar, "Open" when no application opens a file, a voice note's length before
 * it plays, event previews in the chat list, the identity banner, archived chats with
 * new messages, and search within a chat. Screenshots in light and dark, at 1280×800
 * and 600×800, go to docs/screenshots/polish-*.png.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Engine } from '../../engine/engine';
import type { AccountId, MessageId } from '../../engine/store';
import type { World } from './world';
import { linkDesktop, screenshotsDir, startWorld } from './world';

let world: World;
let page: Page;
let aliceId: AccountId;
/** The name the link screen offered before the user changed it. */
let offeredDeviceName: string;
const chosenDeviceName = 'Ada’s desk at home';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  // The browser host opens files with xdg-open; this one says what xdg-open says on a
  // machine where no application takes the file type, and exits 3.
  const openerDir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-opener-'));
  await fs.writeFile(path.join(openerDir, 'xdg-open'), '#!/bin/sh\necho "xdg-open: no method available for opening \'$1\'" >&2\nexit 3\n', { mode: 0o755 });
  const pathBefore = process.env['PATH'];
  process.env['PATH'] = `${openerDir}${path.delimiter}${pathBefore ?? ''}`;
  try {
    world = await startWorld();
  } finally {
    process.env['PATH'] = pathBefore;
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });

  // The link screen offers a name; the user changes it before linking.
  await page.goto(world.desktop.url);
  const nameField = page.getByRole('textbox', { name: 'This desktop will appear on your phone as' });
  await expect(nameField).not.toHaveValue('');
  offeredDeviceName = await nameField.inputValue();
  await nameField.fill(chosenDeviceName);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Name saved.')).toBeVisible();
  await linkDesktop(world, page);
  aliceId = world.phone.account.accountId;
});

test.afterAll(async () => {
  await page.context().close();
  await world.stop();
});

async function setTheme(theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dataset['theme'] = value;
  }, theme);
}

async function shoot(name: string): Promise<void> {
  await page.mouse.move(0, 0);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(theme);
    await page.screenshot({ path: path.join(screenshotsDir, `polish-${name}-${theme}.png`) });
  }
  await setTheme('light');
}

/** Serious and critical axe findings on the page as it is, in both themes. */
async function seriousAxeViolations(): Promise<Array<string>> {
  const found: Array<string> = [];
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(theme);
    const result = await new AxeBuilder({ page }).analyze();
    for (const violation of result.violations) {
      if (violation.impact === 'serious' || violation.impact === 'critical') found.push(`${theme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  await setTheme('light');
  return found;
}

function chatList(): Locator {
  return page.getByRole('list', { name: 'Conversations' });
}

function log(): Locator {
  return page.getByRole('log');
}

async function openChat(handle: string): Promise<void> {
  await chatList().getByRole('button', { name: new RegExp(handle) }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(handle) })).toBeVisible();
}

let contactCounter = 0;
/** A new contact who has written one message to the user, shown in the chat list. */
async function contactWhoWrote(text: string): Promise<{ readonly engine: Engine; readonly handle: string; readonly messageId: MessageId }> {
  const handle = `pal${String(process.pid)}x${String(++contactCounter)}`;
  const engine = await world.register(handle);
  const messageId = engine.messaging.sendText(await engine.contacts.resolveHandle(world.phoneHandle), text);
  await expect(chatList().getByText(text)).toBeVisible({ timeout: 30_000 });
  return { engine, handle, messageId };
}

/** Sends a file from `engine` to the user as the phone CLI would: staged, encrypted, uploaded. */
async function sendFile(
  engine: Engine,
  file: { readonly bytes: Buffer; readonly fileName: string; readonly contentType: string; readonly voiceNote: boolean; readonly caption?: string },
): Promise<void> {
  const staging = await engine.attachments.beginStaging({
    contentType: file.contentType,
    fileName: file.fileName,
    size: file.bytes.length,
    width: null,
    height: null,
    // Like a voice note from a client that does not say how long it is.
    durationMs: null,
    voiceNote: file.voiceNote,
  });
  await engine.attachments.appendStaging(staging, file.bytes);
  const staged = await engine.attachments.finishStaging(staging);
  const conversation = engine.conversations.openDirect(await engine.contacts.resolveHandle(world.phoneHandle));
  engine.messaging.send(conversation.id, { body: file.caption ?? '', attachmentIds: [staged.id] });
  await engine.flushOutbox();
}

test('the device name offered at linking is one a person recognises, and the one chosen is used', async () => {
  expect(offeredDeviceName.trim()).not.toBe('');
  expect(offeredDeviceName).not.toBe(os.hostname());
  await expect(page.getByRole('navigation').getByText(chosenDeviceName)).toBeVisible();
});

test('the dark theme draws dark scrollbars and controls, whatever the system theme', async () => {
  // The theme as the app applies it (<html data-theme>), read back in the same turn.
  const colorSchemeWith = (theme: 'light' | 'dark'): Promise<string> =>
    page.evaluate((value) => {
      document.documentElement.dataset['theme'] = value;
      return getComputedStyle(document.documentElement).colorScheme;
    }, theme);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await colorSchemeWith('dark')).toBe('dark');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colorSchemeWith('light')).toBe('light');
  await page.emulateMedia({ colorScheme: 'light' });
  await setTheme('light');
});

test('the composer shows a scrollbar only when its text is taller than the field can grow', async () => {
  const { handle } = await contactWhoWrote('Can you send me the address?');
  await openChat(handle);
  const composer = page.getByRole('textbox', { name: 'Message' });
  const overflow = (): Promise<{ scrolls: boolean; overflowY: string }> =>
    composer.evaluate((element: HTMLTextAreaElement) => ({ scrolls: element.scrollHeight > element.clientHeight, overflowY: getComputedStyle(element).overflowY }));
  await composer.fill('12 Harbour Lane');
  expect(await overflow()).toEqual({ scrolls: false, overflowY: 'hidden' });
  await composer.fill(Array.from({ length: 30 }, (_, index) => `Line ${String(index + 1)}`).join('\n'));
  expect(await overflow()).toEqual({ scrolls: true, overflowY: 'auto' });
  await composer.fill('');
  expect(await overflow()).toEqual({ scrolls: false, overflowY: 'hidden' });
});

test('at 900×700 an event pill keeps its time on one line', async () => {
  await page.setViewportSize({ width: 900, height: 700 });
  try {
    const { handle } = await contactWhoWrote('Shall we compare safety numbers?');
    const contactId = await world.phone.contacts.resolveHandle(handle);
    // Verified on the phone: the desktop shows the event "You marked …’s safety number as verified."
    world.phone.safety.setVerified(contactId, true);
    await openChat(handle);
    const pill = log().locator('.message-event', { hasText: 'as verified' });
    await expect(pill).toBeVisible({ timeout: 30_000 });
    const lines = await pill.locator('time').evaluate((time) => {
      const range = document.createRange();
      range.selectNodeContents(time);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('the chat list names an event by its kind, without "You:"', async () => {
  const { handle } = await contactWhoWrote('Verify me too, please.');
  world.phone.safety.setVerified(await world.phone.contacts.resolveHandle(handle), true);
  const row = chatList().getByRole('listitem').filter({ hasText: handle });
  await expect(row.getByText('Safety number verification changed')).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText('You:')).toHaveCount(0);
  await expect(row.getByText(/You marked/)).toHaveCount(0);
});

test('below 720 px the list and the chat take turns, with a way back, and nothing scrolls sideways at 600 px', async () => {
  const { handle } = await contactWhoWrote('Are you on your phone or the laptop?');
  await page.setViewportSize({ width: 600, height: 800 });
  try {
    const sideways = (): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    const list = page.getByRole('navigation', { name: 'Chats' });
    // With a chat open the wide layout would show both; here the chat takes the window.
    await expect(page.getByRole('main')).toBeVisible();
    const back = page.getByRole('button', { name: 'Back to chats' });
    await back.click();
    await expect(list).toBeVisible();
    await expect(page.getByRole('main')).toBeHidden();
    expect(await sideways()).toBe(false);
    await shoot('narrow-list');
    expect(await seriousAxeViolations()).toEqual([]);

    await openChat(handle);
    await expect(list).toBeHidden();
    await expect(log().getByText('Are you on your phone or the laptop?')).toBeVisible();
    const composer = page.getByRole('textbox', { name: 'Message' });
    await composer.fill('The laptop, in a small window.');
    await composer.press('Enter');
    await expect(log().getByText('The laptop, in a small window.')).toBeVisible();
    expect(await sideways()).toBe(false);
    await shoot('narrow-conversation');
    expect(await seriousAxeViolations()).toEqual([]);

    await back.click();
    await expect(list).toBeVisible();
    await expect(chatList().getByText('The laptop, in a small window.')).toBeVisible();
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  // Wide again: both side by side, no back button.
  await openChat(handle);
  await expect(page.getByRole('navigation', { name: 'Chats' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to chats' })).toBeHidden();
});

test('the hover toolbar goes away after it is used, and when the pointer leaves or Escape is pressed', async () => {
  const { handle } = await contactWhoWrote('What time does the ferry leave?');
  await openChat(handle);
  const line = log().locator('.message-line.incoming', { hasText: 'What time does the ferry leave?' });
  const toolbar = line.getByRole('toolbar', { name: 'Message actions' });
  const opacity = (): Promise<string> => toolbar.evaluate((element) => getComputedStyle(element).opacity);
  await line.hover();
  await expect.poll(opacity).toBe('1');

  // Used: gone, though the pointer is still over the message.
  await toolbar.getByRole('button', { name: 'Reply' }).click();
  await expect(page.getByText('Replying to')).toBeVisible();
  await expect.poll(opacity).toBe('0');
  await page.mouse.move(0, 0);
  await line.hover();
  await expect.poll(opacity).toBe('1');

  // Escape while hovering.
  await page.keyboard.press('Escape');
  await expect.poll(opacity).toBe('0');
  // Pointer leaves.
  await page.mouse.move(0, 0);
  await line.hover();
  await expect.poll(opacity).toBe('1');
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe('0');

  // The menu: after choosing from it, the toolbar does not stay up.
  await line.hover();
  await toolbar.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Reply' }).click();
  await expect.poll(opacity).toBe('0');
  await page.keyboard.press('Escape');
});

test('"Open" on a document says so when no application on the computer opens it', async () => {
  const { engine, handle } = await contactWhoWrote('Here are the minutes.');
  await sendFile(engine, { bytes: Buffer.from('%PDF-1.4\n% minutes of the meeting\n'), fileName: 'minutes.pdf', contentType: 'application/pdf', voiceNote: false });
  await openChat(handle);
  const open = log().getByRole('button', { name: 'Open minutes.pdf' });
  await expect(open).toBeVisible({ timeout: 30_000 });
  await open.click();
  await expect(page.getByRole('status').filter({ hasText: 'No application on this computer opened minutes.pdf' })).toBeVisible({ timeout: 10_000 });
});

/**
 * A real recording from the (fake) microphone: WebM/Opus, which carries no length in its
 * header. The wait inside is how long the recording is, not a synchronisation.
 */
async function recordVoice(): Promise<Buffer> {
  const recording = await page.evaluate(async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const recorder = new MediaRecorder(stream, { mimeType: 'audio/webm;codecs=opus' });
    const chunks: Array<Blob> = [];
    recorder.addEventListener('dataavailable', (event) => {
      chunks.push(event.data);
    });
    const stopped = new Promise((resolve) => {
      recorder.addEventListener('stop', resolve);
    });
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, 2_600));
    recorder.stop();
    await stopped;
    for (const track of stream.getTracks()) track.stop();
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  });
  return Buffer.from(recording, 'base64');
}

test('a voice note shows how long it is before it is played', async () => {
  const recording = await recordVoice();
  const { engine, handle } = await contactWhoWrote('Listen to this.');
  await sendFile(engine, { bytes: recording, fileName: 'voice.webm', contentType: 'audio/webm', voiceNote: true });
  await openChat(handle);
  const note = log().locator('.voice-note').last();
  await expect(note.getByRole('button', { name: 'Play voice message' })).toBeVisible({ timeout: 30_000 });
  // Not 0:00 while nobody has pressed play.
  await expect(note.locator('.voice-time')).toHaveText(/^0:0[2-3]$/, { timeout: 10_000 });
  await expect(note.getByRole('button', { name: 'Pause voice message' })).toHaveCount(0);
});

test('the identity banner says its sentence once', async () => {
  test.setTimeout(180_000);
  // Frank uses the phone CLI (a separate process) so that he can reinstall.
  const frank = `frank${String(process.pid)}`;
  await world.cli('frank', ['register', frank]);
  await world.cli('frank', ['send', world.phoneHandle, 'Hi, it is Frank']);
  await expect(chatList().getByText('Hi, it is Frank')).toBeVisible({ timeout: 30_000 });
  await world.cli('frank', ['reset-identity']);
  await world.cli('frank', ['send', world.phoneHandle, 'New phone, same Frank']);
  await openChat(frank);
  const banner = page.getByRole('alert').filter({ hasText: 'Safety number changed.' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  const text = (await banner.locator('.identity-text').innerText()).toLowerCase();
  expect(text.split('safety number').length - 1).toBe(1);
  // The reason sending waits is written once too: under the field, not also inside it.
  await expect(page.getByText('Accept the new safety number before sending.')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveAttribute('placeholder', 'Message');
  await shoot('identity-banner');
});

test('an archived chat with new messages shows a badge, and so does the Archived entry', async () => {
  const { engine, handle } = await contactWhoWrote('Old news, archive me.');
  const row = chatList().getByRole('listitem').filter({ hasText: handle });
  await row.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Archive chat' }).click();
  await expect(row).toHaveCount(0, { timeout: 20_000 });
  const entry = page.getByRole('button', { name: /^Archived \(\d+\)/ });
  await expect(entry).toBeVisible();
  engine.messaging.sendText(aliceId, 'Actually, one more thing.');
  engine.messaging.sendText(aliceId, 'And another.');
  await expect(entry).toHaveAccessibleName(/3 unread messages/, { timeout: 30_000 });
  await expect(entry.locator('.unread-badge')).toHaveText(/^3\s*3 unread messages$/);
  await shoot('archived-badge');
  await entry.click();
  await expect(page.getByRole('heading', { name: 'Archived chats' })).toBeVisible();
  const archivedRow = chatList().getByRole('listitem').filter({ hasText: handle });
  await expect(archivedRow.getByText('3 unread messages')).toBeAttached();
  await page.getByRole('button', { name: 'Back to chats' }).click();
});

test('the search button in a chat’s header searches within that chat', async () => {
  const bob = await contactWhoWrote('I left my umbrella on the train.');
  await contactWhoWrote('Is it an umbrella kind of day?');
  await openChat(bob.handle);
  await page.getByRole('main').getByRole('button', { name: 'Search in this chat' }).click();
  const panel = page.getByRole('dialog', { name: new RegExp(`Search in ${bob.handle}`) });
  await expect(panel).toBeVisible();
  const field = panel.getByRole('searchbox', { name: `Search messages in ${bob.handle}` });
  await expect(field).toBeFocused();
  await field.fill('umbrella');
  await expect(panel.getByRole('button', { name: /umbrella on the train/ })).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByRole('region')).toHaveCount(1);
  await expect(panel.getByText('umbrella kind of day')).toHaveCount(0);
  await shoot('search-in-chat');

  // Wider: every chat, with the words kept.
  await panel.getByRole('button', { name: 'Search all chats' }).click();
  const everywhere = page.getByRole('dialog', { name: 'Search messages' });
  await expect(everywhere.getByRole('searchbox', { name: 'Search all messages' })).toHaveValue('umbrella');
  await expect(everywhere.getByRole('button', { name: /umbrella kind of day/ })).toBeVisible({ timeout: 10_000 });
  await expect(everywhere.getByRole('button', { name: /umbrella on the train/ })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('screenshots of a conversation with events, a voice note and a document, at 1280×800 and 900×700', async () => {
  const { engine, handle } = await contactWhoWrote('Here is everything for Friday.');
  world.phone.safety.setVerified(await world.phone.contacts.resolveHandle(handle), true);
  await sendFile(engine, { bytes: Buffer.from('%PDF-1.4\n% the plan\n'), fileName: 'friday-plan.pdf', contentType: 'application/pdf', voiceNote: false, caption: 'The plan' });
  await sendFile(engine, { bytes: await recordVoice(), fileName: 'voice.webm', contentType: 'audio/webm', voiceNote: true });
  await openChat(handle);
  await expect(log().locator('.voice-note .voice-time')).toHaveText(/^0:0[2-3]$/, { timeout: 30_000 });
  await expect(log().getByRole('button', { name: 'Open friday-plan.pdf' })).toBeVisible({ timeout: 30_000 });
  await expect(log().locator('.message-event', { hasText: 'as verified' })).toBeVisible({ timeout: 30_000 });
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Thanks! I will read it tonight.');
  await composer.press('Enter');
  await expect(log().getByText('Thanks! I will read it tonight.')).toBeVisible();
  // On screen is read: the badge goes before the pictures are taken.
  await expect(chatList().getByRole('listitem').filter({ hasText: handle }).locator('.unread-badge')).toHaveCount(0, { timeout: 20_000 });
  await shoot('conversation');
  await page.setViewportSize({ width: 900, height: 700 });
  await shoot('conversation-900');
  await page.setViewportSize({ width: 1280, height: 800 });
});
