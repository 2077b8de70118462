/**
 * A notification follows its message (issue 10, item 11): deleted for everyone, it is
 * taken down and no longer counted as unread; edited, it is replaced with the new text;
 * read on the phone, it is taken down here. Web Notifications in the browser host,
 * recorded by wrapping `window.Notification`; real relay, browser host, phone and
 * contact engines. (Electron's main process shows the same events natively, through the
 * same `NotificationDisplay`; no Electron binary runs here.)
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { AccountId } from '../../engine/store';
import type { World } from './world';
import { linkDesktop, startWorld } from './world';

test.describe.configure({ mode: 'serial' });

interface Recorded {
  readonly title: string;
  readonly body: string | undefined;
  readonly tag: string | undefined;
  readonly silent: boolean | undefined;
  closed: boolean;
}

let world: World;
let page: Page;
let aliceId: AccountId;
let bobId: AccountId;

/** Records each notification the page constructs and whether it was closed; the window is in the background. */
function recordNotifications(): void {
  const recorded: Array<Recorded> = [];
  Object.assign(window, { recordedNotifications: recorded });
  const Original = window.Notification;
  class RecordingNotification extends Original {
    private readonly record: Recorded;
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      this.record = { title, body: options?.body, tag: options?.tag, silent: options?.silent ?? undefined, closed: false };
      recorded.push(this.record);
    }
    override close(): void {
      this.record.closed = true;
      super.close();
    }
  }
  Object.defineProperty(RecordingNotification, 'permission', { get: () => Original.permission });
  Object.defineProperty(RecordingNotification, 'requestPermission', { value: Original.requestPermission.bind(Original) });
  window.Notification = RecordingNotification;
  // In the background: nothing is read by being on screen, and every chat notifies.
  document.hasFocus = () => false;
}

async function recorded(): Promise<Array<Recorded>> {
  return page.evaluate(() => (window as unknown as { recordedNotifications: Array<Recorded> }).recordedNotifications);
}

/** Waits for the notification showing `body` and returns its index. */
async function notificationFor(body: string): Promise<number> {
  await expect.poll(async () => (await recorded()).some((each) => each.body === body), { timeout: 30_000 }).toBe(true);
  return (await recorded()).findIndex((each) => each.body === body);
}

async function isClosed(index: number): Promise<boolean> {
  return (await recorded())[index]?.closed ?? false;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  world = await startWorld();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['notifications'], { origin: world.desktop.origin });
  await context.addInitScript(recordNotifications);
  page = await context.newPage();
  await linkDesktop(world, page);
  aliceId = world.phone.account.accountId;
  bobId = await world.phone.contacts.resolveHandle(world.contactHandle);
});

test.afterAll(async () => {
  await page.context().close();
  await world.stop();
});

test('a message deleted for everyone takes its notification down and leaves the unread count', async () => {
  const sent = world.contact.messaging.sendText(aliceId, 'Meet me at the old mill at six.');
  const index = await notificationFor('Meet me at the old mill at six.');
  expect(await isClosed(index)).toBe(false);
  await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('(1) Parley');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByText('1 unread message')).toBeAttached();

  world.contact.messaging.deleteForEveryone(sent);
  await expect.poll(() => isClosed(index), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('Parley');
  await expect(list.getByText('1 unread message')).toHaveCount(0);
});

test('an edited message replaces its notification with the new text, silently', async () => {
  const sent = world.contact.messaging.sendText(aliceId, 'The train leaves at 9:15.');
  const index = await notificationFor('The train leaves at 9:15.');
  const count = (await recorded()).length;
  world.contact.messaging.editMessage(sent, 'The train leaves at 9:45, not 9:15.');
  const edited = await notificationFor('The train leaves at 9:45, not 9:15.');
  const shown = (await recorded())[edited];
  expect(shown).toMatchObject({ tag: (await recorded())[index]?.tag, silent: true, closed: false });
  expect(edited).toBe(count);
  expect(await isClosed(index)).toBe(true);
  // Still one unread message: an edit is not a new one.
  await expect.poll(() => page.title()).toBe('(1) Parley');
});

test('a chat read on the phone takes its notification down here', async () => {
  world.contact.messaging.sendText(aliceId, 'Did you get the tickets?');
  const index = await notificationFor('Did you get the tickets?');
  expect(await isClosed(index)).toBe(false);
  await expect.poll(() => page.title(), { timeout: 20_000 }).toMatch(/^\(\d+\) Parley$/);
  await expect
    .poll(() => world.messagesBetween(world.phone, bobId).some((message) => message.body === 'Did you get the tickets?'), { timeout: 30_000 })
    .toBe(true);
  const onPhone = world.phone.conversations.direct(bobId);
  if (onPhone === undefined) throw new Error('the phone has no chat with the contact');
  world.phone.conversations.markRead(onPhone.id);
  await expect.poll(() => isClosed(index), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('Parley');
});
