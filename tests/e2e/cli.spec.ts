/**
 * The desktop against the reference phone CLI run as a separate process (a customer,
 * "carol"): documents and voice notes both ways with byte-identical files, a safety
 * number verified by scanning the QR code the CLI wrote, and a reinstall that changes
 * carol's identity: the chat says so, sending waits until the user accepts, then flows.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { World } from './world';
import { linkDesktop, screenshotsDir, startWorld } from './world';

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

/** A short real WAV (a 440 Hz tone), so the desktop's player can decode it. */
function toneWav(seconds: number): Buffer {
  const rate = 8_000;
  const samples = Math.round(rate * seconds);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let index = 0; index < samples; index++) wav.writeInt16LE(Math.round(8_000 * Math.sin((2 * Math.PI * 440 * index) / rate)), 44 + index * 2);
  return wav;
}

/** The screen as it is, in light and in dark (the theme follows the OS unless set). */
async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: path.join(screenshotsDir, `${name}-${theme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openChat(page: Page, name: string): Promise<void> {
  const list = page.getByRole('list', { name: 'Conversations' });
  await list.getByRole('button', { name: new RegExp(name) }).first().click({ timeout: 30_000 });
}

/** Runs `save-attachments` until a file ending in `suffix` arrives; returns its bytes. */
async function savedByCarol(suffix: string): Promise<Buffer> {
  const dir = path.join(world.dir, 'carol-saved');
  const deadline = Date.now() + 60_000;
  for (;;) {
    const written = (await world.cli('carol', ['save-attachments', dir])).split('\n').filter((line) => line.endsWith(suffix));
    const last = written.at(-1);
    if (last !== undefined) return fs.readFile(last);
    if (Date.now() > deadline) throw new Error(`carol never received a file ending in ${suffix}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

test('documents and voice notes both ways with the phone CLI, byte for byte', async ({ page, context }) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['microphone']);
  await linkDesktop(world, page);

  // carol sends a 9 MB document (above the automatic download size) and a voice note.
  const contract = randomBytes(9 * 1024 * 1024);
  const contractFile = path.join(world.dir, 'contract.pdf');
  await fs.writeFile(contractFile, contract);
  await world.cli('carol', ['send-file', world.phoneHandle, contractFile, '--caption', 'Signed contract attached']);
  const voiceFile = path.join(world.dir, 'greeting.wav');
  await fs.writeFile(voiceFile, toneWav(1.5));
  await world.cli('carol', ['send-file', world.phoneHandle, voiceFile, '--voice']);

  await openChat(page, carol);
  const log = page.getByRole('log');
  await expect(log.getByText('Signed contract attached')).toBeVisible({ timeout: 30_000 });
  await log.getByRole('button', { name: 'Download contract.pdf' }).click();
  await log.getByRole('button', { name: 'Save contract.pdf' }).click({ timeout: 60_000 });
  await expect(page.getByText(/Saved to .*contract\.pdf/)).toBeVisible({ timeout: 30_000 });
  const saved = (await fs.readdir(world.downloadsDir)).filter((name) => name.endsWith('.pdf'));
  expect(saved).toHaveLength(1);
  expect((await fs.readFile(path.join(world.downloadsDir, saved[0] ?? ''))).equals(contract)).toBe(true);

  // The voice note plays in the app.
  const play = log.getByRole('button', { name: 'Play voice message' }).first();
  await expect(play).toBeVisible({ timeout: 30_000 });
  await play.click();
  await expect(log.getByRole('button', { name: 'Pause voice message' }).first()).toBeVisible({ timeout: 10_000 });
  await screenshotBothThemes(page, 'cli-attachments');

  // The desktop sends a document of any type; carol's CLI saves the same bytes.
  const notes = randomBytes(300_000);
  const notesFile = path.join(world.dir, 'meeting notes.odt');
  await fs.writeFile(notesFile, notes);
  await page.locator('input[type="file"]').setInputFiles(notesFile);
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill('Notes from today');
  await composer.press('Enter');
  await expect(log.getByText('Notes from today')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Attachments to send' })).toHaveCount(0);
  expect((await savedByCarol('meeting notes.odt')).equals(notes)).toBe(true);

  // A voice note recorded in the app (Chromium's fake microphone) reaches carol.
  await page.getByRole('button', { name: 'Record voice message' }).click();
  await page.waitForTimeout(1_500);
  await expect(page.getByRole('meter', { name: /level/i })).toBeVisible();
  await page.getByRole('button', { name: 'Send voice message' }).click();
  await expect(log.getByRole('button', { name: 'Play voice message' })).toHaveCount(2, { timeout: 30_000 });
  const voice = await savedByCarol('.webm');
  expect(voice.length).toBeGreaterThan(500);
  // WebM starts with the EBML magic number.
  expect(voice.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
});

test('verify a safety number by scanning the CLI’s code; a reinstall blocks sending until accepted', async ({ page }) => {
  test.setTimeout(180_000);
  await linkDesktop(world, page);
  await world.cli('carol', ['send', world.phoneHandle, 'Hello from the shop']);
  await openChat(page, carol);
  const log = page.getByRole('log');
  await expect(log.getByText('Hello from the shop')).toBeVisible({ timeout: 30_000 });

  // carol shows her code; the desktop scans a picture of it.
  const qr = path.join(world.dir, 'carol-code.png');
  const printed = await world.cli('carol', ['safety-number', world.phoneHandle, '--qr', qr]);
  await page.getByRole('button', { name: 'Safety number' }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`safety number with ${carol}`) });
  await expect(dialog).toBeVisible();
  // Both sides show the same 60 digits.
  const digits = (printed.match(/\d{5}/g) ?? []).join('');
  expect(digits).toHaveLength(60);
  await expect(dialog.getByText(digits.slice(0, 5), { exact: true })).toBeVisible();
  await dialog.getByText('Choose image').click();
  await dialog.locator('input[type="file"]').setInputFiles(qr);
  await expect(dialog.getByText(`Safety numbers match. You can mark ${carol} as verified.`)).toBeVisible({ timeout: 10_000 });
  await dialog.getByRole('button', { name: 'Mark as verified' }).click();
  await expect(dialog.getByText(`You verified ${carol}.`)).toBeVisible();
  await page.keyboard.press('Escape');
  const header = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(header).toHaveAccessibleName(`${carol} Verified`);

  // carol reinstalls and writes again: the desktop shows the change and holds sending.
  await world.cli('carol', ['reset-identity']);
  await world.cli('carol', ['send', world.phoneHandle, 'New phone, same carol']);
  await expect(page.getByText('Safety number changed.')).toBeVisible({ timeout: 30_000 });
  await expect(header).toHaveAccessibleName(carol);
  const composer = page.getByRole('textbox', { name: 'Message' });
  await expect(composer).toBeDisabled();
  await screenshotBothThemes(page, 'identity-change');
  await page.getByRole('button', { name: 'Accept' }).click();
  await expect(composer).toBeEnabled();
  await composer.fill('Welcome back');
  await composer.press('Enter');
  await expect
    .poll(async () => world.cli('carol', ['inbox']), { timeout: 60_000, intervals: [1_000] })
    .toContain('Welcome back');
});
