/**
 * The agent console, two agent desktops side by side: the built browser host twice (the
 * real `npm start` path), a real relay, a business phone and customers as real engines.
 * Agent A (an admin) assigns a conversation to agent B; B finds it in Mine; a note
 * mentioning B shows in B's Mentions and never reaches the customer; resolving moves it to
 * Resolved and the customer's next message reopens it. Photographed in light and dark,
 * wide and narrow.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Browser, Locator, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { InMemoryKeyStore } from '../../engine/keychain';
import { encodeContent } from '../../engine/messaging/content-codec';
import { generateSigningKey, signText } from '../../engine/modules/inbox/signing';
import { storeOf } from '../../engine/testing';
import { opText } from '../../shared/domain/console/roster';
import { encodeConsolePayload } from '../../shared/domain/console/wire';
import { PrimaryDevice } from '../../phone/primary-device';
import { startRelay } from '../../server/relay';
import type { Relay } from '../../server/relay';
import type { Desktop } from './desktop';
import { startDesktop } from './desktop';
import { screenshotsDir } from './world';

test.describe.configure({ mode: 'serial' });

interface Agent {
  readonly desktop: Desktop;
  readonly page: Page;
}

let dir: string;
let relay: Relay;
let owner: PrimaryDevice;
const customers: Array<PrimaryDevice> = [];
let agentA: Agent;
let agentB: Agent;
const keyStore = new InMemoryKeyStore();
const suffix = String(process.pid);
const noteText = 'Refund approved, @Agent B please confirm the IBAN';

async function agentDesktop(browser: Browser, name: string, role: 'admin' | 'agent'): Promise<Agent> {
  const desktop = await withMemoryKeychain(() => startDesktop({ relayPort: Number(new URL(relay.url).port) }));
  const context = await browser.newContext();
  await context.grantPermissions(['notifications'], { origin: desktop.origin });
  await context.addInitScript(recordNotifications);
  const page = await context.newPage();
  await page.goto(desktop.url);
  await page.getByText('No camera? Use the link instead').click();
  const code = page.locator('.link-url code');
  await expect(code).toHaveText(/^parley:\/\/link\?/, { timeout: 20_000 });
  const url = await code.textContent();
  if (url === null) throw new Error('the link screen shows no link');
  const outcome = await owner.link(url, { waitMs: 30_000, seat: { name, role } });
  expect(outcome.seat?.name).toBe(name);
  await expect(page.getByRole('heading', { name: 'Acme Support' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`${name} · ${role === 'admin' ? 'Admin' : 'Agent'}`)).toBeVisible({ timeout: 20_000 });
  return { desktop, page };
}

/** Records the titles of the notifications the page shows, and says the window is in the background. */
function recordNotifications(): void {
  const recorded: Array<string> = [];
  Object.assign(window, { recordedNotifications: recorded });
  const Original = window.Notification;
  class RecordingNotification extends Original {
    constructor(title: string, options?: NotificationOptions) {
      recorded.push(title);
      super(title, options);
    }
  }
  Object.defineProperty(RecordingNotification, 'permission', { get: () => Original.permission });
  Object.defineProperty(RecordingNotification, 'requestPermission', { value: Original.requestPermission.bind(Original) });
  window.Notification = RecordingNotification;
  document.hasFocus = () => false;
}

function notifications(page: Page): Promise<Array<string>> {
  return page.evaluate(() => (window as unknown as { recordedNotifications: Array<string> }).recordedNotifications);
}

async function withMemoryKeychain<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.env['PARLEY_KEYCHAIN'];
  process.env['PARLEY_KEYCHAIN'] = 'memory';
  try {
    return await work();
  } finally {
    if (previous === undefined) Reflect.deleteProperty(process.env, 'PARLEY_KEYCHAIN');
    else process.env['PARLEY_KEYCHAIN'] = previous;
  }
}

function view(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${name},`) });
}

function rows(page: Page): Locator {
  return page.locator('.console-rows [role="option"]');
}

function row(page: Page, title: string): Locator {
  return rows(page).filter({ hasText: title });
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(screenshotsDir, `console-${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  await fs.mkdir(screenshotsDir, { recursive: true });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-e2e-console-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  owner = await PrimaryDevice.register({ dataDir: path.join(dir, 'acme'), relayUrl: relay.url, keyStore, profileId: 'acme', handle: `acme${suffix}`, business: 'Acme Support' });
  await owner.connect();
  agentA = await agentDesktop(browser, 'Agent A', 'admin');
  agentB = await agentDesktop(browser, 'Agent B', 'agent');
  for (const [handle, name, question] of [
    [`maya${suffix}`, 'Maya Jensen', 'My parcel never arrived, order 1042.'],
    [`liam${suffix}`, 'Liam Okafor', 'How do I change my delivery address?'],
    [`sofia${suffix}`, 'Sofia Rossi', 'I was charged twice for one order.'],
  ] as const) {
    const customer = await PrimaryDevice.register({ dataDir: path.join(dir, handle), relayUrl: relay.url, keyStore, profileId: handle, handle });
    await customer.connect();
    customer.engine.profile.update({ name, avatarDataUrl: null });
    customers.push(customer);
    await customer.send(`acme${suffix}`, question);
  }
});

test.afterAll(async () => {
  await agentA.page.close();
  await agentB.page.close();
  await agentA.desktop.stop();
  await agentB.desktop.stop();
  for (const customer of customers.splice(0)) await customer.close();
  await owner.close();
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test('customers arrive unassigned on both desktops, counted by view', async () => {
  await expect.poll(() => notifications(agentB.page), { timeout: 20_000 }).toContain('New conversation: Sofia Rossi');
  for (const { page } of [agentA, agentB]) {
    await view(page, 'Unassigned').click();
    await expect(rows(page)).toHaveCount(3, { timeout: 30_000 });
    await expect(view(page, 'Unattended')).toHaveAccessibleName(/Unattended, 3 conversations/);
  }
  await expect(row(agentA.page, 'Sofia Rossi')).toBeVisible({ timeout: 20_000 });
  await shoot(agentA.page, 'unassigned');
});

test('agent A assigns a conversation to agent B, who finds it in Mine', async () => {
  const a = agentA.page;
  await row(a, 'Maya Jensen').click();
  const bar = a.getByRole('toolbar', { name: 'Conversation actions' });
  await expect(bar).toBeVisible();
  await bar.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Agent B' });
  await bar.getByRole('combobox', { name: 'Priority' }).selectOption({ label: 'High' });
  await bar.getByRole('combobox', { name: 'Add a label' }).fill('refund');
  await bar.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(a.locator('.console-bar .console-label', { hasText: 'refund' })).toBeVisible();

  const b = agentB.page;
  await expect.poll(() => notifications(b), { timeout: 20_000 }).toContain('Agent A assigned you Maya Jensen');
  await view(b, 'Mine').click();
  await expect(row(b, 'Maya Jensen')).toBeVisible({ timeout: 20_000 });
  await expect(row(b, 'Maya Jensen')).toContainText('High');
  await expect(view(b, 'Mine')).toHaveAccessibleName(/Mine, 1 conversation/);

  // B opens it: A sees B viewing it, and B typing a reply before B sends anything.
  await row(b, 'Maya Jensen').click();
  await expect(a.getByRole('group', { name: 'Also viewing' }).getByText('Agent B is viewing this conversation')).toBeAttached({ timeout: 20_000 });
  await b.locator('.console-composer textarea').pressSequentially('Hi Maya');
  await expect(a.locator('.console-typing')).toHaveText('Agent B is typing a reply…', { timeout: 20_000 });
  await b.locator('.console-composer textarea').fill('');
  await shoot(a, 'viewing');
});

test('a note mentioning B shows in B’s Mentions and never reaches the customer', async () => {
  const a = agentA.page;
  await a.getByRole('radio', { name: 'Private note' }).click();
  const note = a.getByRole('combobox', { name: /Private note/ });
  await note.pressSequentially('Refund approved, @Age');
  await expect(a.getByRole('listbox', { name: 'Agents' }).getByRole('option', { name: /Agent B/ })).toBeVisible();
  await note.press('Enter');
  await note.pressSequentially('please confirm the IBAN');
  await expect(note).toHaveValue(noteText);
  await note.press('Enter');
  await expect(a.locator('.note-row').filter({ hasText: 'please confirm the IBAN' })).toBeVisible({ timeout: 10_000 });
  await a.getByRole('button', { name: 'Activity' }).click();
  await expect(a.getByRole('complementary', { name: 'Activity' })).toContainText('You wrote a private note');
  await shoot(a, 'conversation');

  const b = agentB.page;
  await expect.poll(() => notifications(b), { timeout: 20_000 }).toContain('Agent A mentioned you in Maya Jensen');
  expect(await notifications(a)).not.toContain('Agent A mentioned you in Maya Jensen');
  await view(b, 'Mentions').click();
  await expect(row(b, 'Maya Jensen')).toBeVisible({ timeout: 20_000 });
  await row(b, 'Maya Jensen').click();
  await expect(b.locator('.note-row.mentions-me')).toContainText('Private note by Agent A');
  // B answers the customer; the note stays on the business's devices.
  await b.getByRole('radio', { name: 'Reply' }).click();
  const reply = b.locator('.console-composer textarea');
  await reply.fill('Hi Maya, your refund is on its way.');
  await reply.press('Enter');
  const maya = customers[0];
  if (maya === undefined) throw new Error('no customer');
  await expect.poll(() => maya.inbox().flatMap((conversation) => conversation.messages.map((message) => message.body)), { timeout: 20_000 }).toContain('Hi Maya, your refund is on its way.');
  expect(maya.inbox().flatMap((conversation) => conversation.messages.map((message) => message.body ?? '')).some((body) => body.includes('IBAN'))).toBe(false);
  await shoot(b, 'mentions');
});

test('resolving moves it to Resolved, and the customer writing again reopens it', async () => {
  const b = agentB.page;
  await b.getByRole('button', { name: 'Resolve', exact: true }).click();
  await view(b, 'Resolved').click();
  await expect(row(b, 'Maya Jensen')).toBeVisible({ timeout: 20_000 });
  await expect(view(agentA.page, 'Resolved')).toHaveAccessibleName(/Resolved, 1 conversation/, { timeout: 20_000 });

  const maya = customers[0];
  if (maya === undefined) throw new Error('no customer');
  await maya.send(`acme${suffix}`, 'Thanks! One more question about the invoice.');
  await expect(rows(b)).toHaveCount(0, { timeout: 20_000 });
  await view(b, 'Mine').click();
  await expect(row(b, 'Maya Jensen')).toBeVisible({ timeout: 20_000 });
});

test('keyboard: J and K move through the view, ? lists the shortcuts, Ctrl+K runs a command', async () => {
  const a = agentA.page;
  // Maya is B's now: the open conversation is not in this view, so J starts at its top.
  await view(a, 'Unassigned').click();
  await expect(rows(a)).toHaveCount(2, { timeout: 20_000 });
  await a.locator('body').click({ position: { x: 5, y: 5 } });
  await a.keyboard.press('j');
  await expect(rows(a).first()).toHaveAttribute('aria-selected', 'true');
  await a.keyboard.press('j');
  await expect(rows(a).nth(1)).toHaveAttribute('aria-selected', 'true');
  await a.keyboard.press('k');
  await expect(rows(a).first()).toHaveAttribute('aria-selected', 'true');
  await a.keyboard.press('?');
  await expect(a.getByRole('dialog', { name: 'Console shortcuts' })).toBeVisible();
  await a.keyboard.press('Escape');
  await a.keyboard.press('Control+k');
  await expect(a.getByRole('dialog', { name: 'Commands' })).toBeVisible();
  await a.keyboard.type('Resolved');
  await a.keyboard.press('Enter');
  await expect(a.getByRole('heading', { name: 'Resolved', level: 2 })).toBeVisible();
});

test('an admin changes a business setting, which every desktop follows; an agent has no settings', async () => {
  const a = agentA.page;
  await a.getByRole('button', { name: 'Business settings' }).click();
  const dialog = a.getByRole('dialog', { name: 'Business settings' });
  await dialog.getByRole('checkbox', { name: /Agents see every conversation/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved.');
  await shoot(a, 'settings');
  await a.keyboard.press('Escape');
  // B is an agent: no settings button, but it now sees every conversation.
  const b = agentB.page;
  await expect(b.getByRole('button', { name: 'Business settings' })).toHaveCount(0);
  await view(b, 'All').click();
  await expect(rows(b)).toHaveCount(3, { timeout: 20_000 });
});

test('an agent sets itself busy, and the others see it in the team list', async () => {
  const b = agentB.page;
  await expect(agentA.page.getByRole('list', { name: 'Team' }).getByRole('listitem').filter({ hasText: 'Agent B' })).toContainText('Online', { timeout: 20_000 });
  await b.getByRole('combobox', { name: 'Your availability' }).selectOption('busy');
  await expect(agentA.page.getByRole('list', { name: 'Team' }).getByRole('listitem').filter({ hasText: 'Agent B' })).toContainText('Busy', { timeout: 20_000 });
  await b.getByRole('combobox', { name: 'Your availability' }).selectOption('online');
});

test('a forged change is refused on every desktop and shown to the admin, not to the agent', async () => {
  // A device that holds the account's keys but no seat (here the owner's phone, carrying it) signs a change as an unknown seat.
  const forger = generateSigningKey();
  const maya = customers[0]?.engine.account.accountId ?? '';
  const op = { id: randomUUID(), seat: 'seat-nobody-knows', at: { wall: Date.now(), counter: 0, node: 'forger' }, conversation: maya, change: { kind: 'priority', value: 'low' } } as const;
  const signature = signText(forger.privateKey, opText(op));
  storeOf(owner.engine).enqueueOutbox({
    kind: 'sync',
    recipients: [owner.engine.account.accountId],
    messageId: null,
    payload: encodeContent({ syncMessage: { console: { payload: Buffer.from(encodeConsolePayload({ version: 1, ops: [{ op, signature }] })) } } }),
  });
  await owner.engine.flushOutbox();
  const a = agentA.page;
  await a.getByRole('button', { name: '1 refused change' }).click({ timeout: 20_000 });
  await expect(a.getByRole('dialog', { name: 'Refused changes' })).toContainText('A device outside the roster, about Maya Jensen: it names no seat of this business.');
  await shoot(a, 'refused');
  await a.keyboard.press('Escape');
  await expect(agentB.page.getByRole('button', { name: /refused change/ })).toHaveCount(0);
  // Maya's priority is still High everywhere.
  await view(agentB.page, 'Mine').click();
  await expect(row(agentB.page, 'Maya Jensen')).toContainText('High');
});

test('the console passes axe, and reads in a narrow window', async () => {
  const a = agentA.page;
  await view(a, 'All').click();
  await row(a, 'Liam Okafor').click();
  for (const scheme of ['light', 'dark'] as const) {
    await a.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page: a }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await a.setViewportSize({ width: 560, height: 800 });
  await expect(a.getByRole('toolbar', { name: 'Conversation actions' })).toBeVisible();
  await shoot(a, 'narrow');
  await a.setViewportSize({ width: 1280, height: 800 });
});
