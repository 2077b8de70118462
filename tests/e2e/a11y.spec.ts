/**
 * Accessibility: axe-core checks every screen and panel of the desktop, in light and
 * dark, against the real browser host: the link screen, the chat list, an open
 * conversation, and each panel over the chats. Serious and critical violations fail.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { World } from './world';
import { linkDesktop, startWorld } from './world';

test.describe.configure({ mode: 'serial' });

let world: World;
let page: Page;

interface Finding {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: ReadonlyArray<string>;
}

/** Serious and critical violations of the page as it is now, in both colour schemes. */
async function audit(where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Let the theme's colours settle before contrast is measured.
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const findings: Array<Finding> = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    expect(findings, `${where} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = await startWorld();
  // AxeBuilder needs a page from an explicit context.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

test.afterAll(async () => {
  await page.context().close();
  await world.stop();
});

test('the link screen', async () => {
  await page.goto(world.desktop.url);
  await expect(page.getByRole('img', { name: /QR code for linking this desktop/ })).toBeVisible({ timeout: 20_000 });
  await audit('link screen');
});

test('the chat list and a conversation', async () => {
  test.setTimeout(90_000);
  await linkDesktop(world, page);
  world.contact.messaging.sendText(world.phone.account.accountId, 'Are we still on for Friday?');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByText('Are we still on for Friday?')).toBeVisible({ timeout: 30_000 });
  await audit('chat list');
  await list.getByText('Are we still on for Friday?').click();
  await expect(page.getByRole('main').getByText('Are we still on for Friday?')).toBeVisible();
  await audit('conversation');
});

test('each panel over the chats', async () => {
  test.setTimeout(120_000);
  const panels: ReadonlyArray<{ readonly keys: string; readonly name: string | RegExp; readonly prepare?: () => Promise<void> }> = [
    {
      keys: 'Control+k',
      name: 'Jump to chat',
    },
    {
      keys: 'Control+f',
      name: 'Search messages',
      prepare: async () => {
        await page.getByRole('searchbox', { name: 'Search all messages' }).fill('Friday');
        await expect(page.getByRole('dialog').locator('mark').first()).toBeVisible({ timeout: 10_000 });
      },
    },
    {
      keys: 'Control+n',
      name: 'New chat',
      prepare: async () => {
        await page.getByRole('textbox', { name: 'Their handle' }).fill('nobody-has-this-handle');
        await page.getByRole('textbox', { name: 'Their handle' }).press('Enter');
        await expect(page.getByRole('dialog').getByRole('alert')).not.toBeEmpty({ timeout: 10_000 });
      },
    },
    { keys: 'Control+,', name: 'Settings' },
    { keys: 'Control+/', name: 'Keyboard shortcuts' },
  ];
  for (const panel of panels) {
    await page.keyboard.press(panel.keys);
    const dialog = page.getByRole('dialog', { name: panel.name });
    await expect(dialog).toBeVisible();
    await panel.prepare?.();
    await audit(String(panel.name));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  // The contact sheet and the safety number, from the open conversation.
  await page.getByRole('main').getByRole('button', { name: 'Contact info' }).click();
  const sheet = page.getByRole('dialog', { name: 'Contact' });
  await expect(sheet.getByRole('button', { name: 'View safety number' })).toBeVisible({ timeout: 10_000 });
  await audit('contact');
  await sheet.getByRole('button', { name: 'View safety number' }).click();
  const safety = page.getByRole('dialog', { name: /Your safety number with/ });
  await expect(safety.getByRole('img', { name: /QR code of your safety number/ })).toBeVisible({ timeout: 10_000 });
  await audit('safety number');
  // The comparison outcomes are coloured text: check their contrast too.
  await safety.getByRole('textbox', { name: 'Their safety number' }).fill('1'.repeat(60));
  await safety.getByRole('button', { name: 'Compare' }).click();
  await expect(safety.getByText(/These safety numbers do not match/)).toBeVisible({ timeout: 10_000 });
  await audit('safety number mismatch');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
});
