/**
 * A linked desktop in a small real world, for the messaging specs: a relay on
 * loopback, the built browser host (the real `npm start` path, without a window), a
 * phone "alice-…" whose linked companion the desktop is, and a contact "bob-…". The
 * phone and the contact run the real engine in this process; `cli` runs the real
 * phone CLI as a separate process for a third account.
 *
 * The browser host keeps its database key in memory (PARLEY_KEYCHAIN=memory): the
 * keychain has its own tests; here it would only add a Secret Service per process.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { startRelay } from '../../server/relay';
import type { Relay } from '../../server/relay';
import type { Engine } from '../../engine/engine';
import { registerPrimary } from '../../engine/compose';
import { InMemoryKeyStore } from '../../engine/keychain';
import { openEncryptedStore } from '../../engine/store';
import type { AccountId, Message, Store } from '../../engine/store';
import type { Desktop } from './desktop';
import { startDesktop } from './desktop';

export const screenshotsDir = path.resolve(import.meta.dirname, '../../docs/screenshots');
const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

export interface World {
  readonly dir: string;
  readonly relay: Relay;
  readonly desktop: Desktop;
  /** The primary device the desktop is linked to. */
  readonly phone: Engine;
  readonly phoneHandle: string;
  /** Someone the user talks to. */
  readonly contact: Engine;
  readonly contactHandle: string;
  /** Where the browser host saves files the user saves. */
  readonly downloadsDir: string;
  /** Registers another account on the in-process engine. */
  register(handle: string): Promise<Engine>;
  /** Runs the phone CLI (`npm run phone -- …`) with its own data folder; resolves with stdout. */
  cli(profile: string, args: ReadonlyArray<string>): Promise<string>;
  /** Messages of the conversation between `engine` and `peer`, oldest first. */
  messagesBetween(engine: Engine, peer: AccountId): Array<Message>;
  stop(): Promise<void>;
}

let counter = 0;

/** Starts everything; call `linkDesktop` with the page to link it. */
export async function startWorld(): Promise<World> {
  await fs.mkdir(screenshotsDir, { recursive: true });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-e2e-world-'));
  const downloadsDir = path.join(dir, 'downloads');
  await fs.mkdir(downloadsDir);
  const relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  const desktop = await withEnv({ PARLEY_KEYCHAIN: 'memory', PARLEY_DOWNLOADS_DIR: downloadsDir }, () =>
    startDesktop({ relayPort: Number(new URL(relay.url).port) }),
  );
  const engines: Array<Engine> = [];
  const stores: Array<Store> = [];
  const suffix = `${String(process.pid)}${String(++counter)}`;

  const register = async (handle: string): Promise<Engine> => {
    const store = await openEncryptedStore({ dataDir: path.join(dir, handle), keyStore: new InMemoryKeyStore(), profileId: handle });
    stores.push(store);
    const engine = await registerPrimary({ store, relayUrl: relay.url, handle });
    engines.push(engine);
    engine.start();
    return engine;
  };

  const phoneHandle = `alice${suffix}`;
  const contactHandle = `bob${suffix}`;
  const phone = await register(phoneHandle);
  const contact = await register(contactHandle);

  return {
    dir,
    relay,
    desktop,
    phone,
    phoneHandle,
    contact,
    contactHandle,
    downloadsDir,
    register,
    cli: async (profile, args) => {
      const { stdout } = await run(
        process.execPath,
        [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'phone/cli.ts'), '--relay', relay.url, '--data', path.join(dir, 'cli', profile), ...args],
        { cwd: root, env: process.env, timeout: 60_000 },
      );
      return stdout;
    },
    messagesBetween: (engine, peer) => {
      const conversation = engine.conversations.direct(peer);
      return conversation === undefined ? [] : engine.messaging.list(conversation.id, 1_000);
    },
    stop: async () => {
      await desktop.stop();
      for (const engine of engines.splice(0)) await engine.stop();
      for (const store of stores.splice(0)) store.close();
      await relay.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Links the desktop in `page` to the world's phone using the link the page offers
 * (tests/e2e/link.spec.ts covers scanning the QR code from pixels), and waits for the
 * chat list.
 */
export async function linkDesktop(world: World, page: Page): Promise<void> {
  await page.goto(world.desktop.url);
  await page.getByText('No camera? Use the link instead').click();
  const code = page.locator('.link-url code');
  await expect(code).toHaveText(/^parley:\/\/link\?/, { timeout: 20_000 });
  const url = await code.textContent();
  if (url === null) throw new Error('the link screen shows no link');
  await world.phone.devices.provision(url);
  await expect(page.getByRole('heading', { name: 'Chats' })).toBeVisible({ timeout: 30_000 });
}

async function withEnv<T>(values: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}
