/**
 * `npm run phone -- customers <business> --count N …` as people run it, a child process
 * against a real relay, with real encrypted stores and the real keychain (vitest runs
 * inside scripts/with-keyring.sh): the business, an in-process phone on the same relay,
 * hears from each customer, its replies reach the right one, a second run reuses the
 * accounts, and Ctrl-C closes every customer.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InMemoryKeyStore, KeytarKeyStore, keychainAccount, keychainService, loadKeytar } from '../../../engine/keychain';
import type { AccountId } from '../../../engine/store';
import { customerSpecs } from '../../../phone/customers';
import { PrimaryDevice, phoneProfileIdFor } from '../../../phone/primary-device';
import { startRelay } from '../../../server/relay';
import type { Relay } from '../../../server/relay';
import { noKeyringReason, secretServiceAvailable } from '../engine/store/keychain-probe';

const root = path.resolve(import.meta.dirname, '../../..');
const keyring = await secretServiceAvailable();

let dir: string;
let relay: Relay;
let business: PrimaryDevice;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-customers-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  business = await PrimaryDevice.register({
    dataDir: path.join(dir, 'acme'),
    relayUrl: relay.url,
    keyStore: new InMemoryKeyStore(),
    profileId: 'acme',
    handle: 'acme',
    business: 'Acme Support',
  });
  await business.connect();
});
afterAll(async () => {
  await business.close();
  await relay.close();
  if (keyring) {
    // Each customer folder has its own entry; the keyring may outlive this file.
    const keytar = loadKeytar();
    for (const folder of await customerFolders()) await keytar.deletePassword(keychainService, keychainAccount(phoneProfileIdFor(folder)));
  }
  await fs.rm(dir, { recursive: true, force: true });
});

async function customerFolders(): Promise<Array<string>> {
  const found: Array<string> = [];
  for (const phone of await fs.readdir(dir)) {
    const customers = path.join(dir, phone, 'customers');
    const names = await fs.readdir(customers).catch(() => []);
    found.push(...names.map((name) => path.join(customers, name)));
  }
  return found;
}

interface Running {
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
  readonly interrupt: () => void;
}

/** One `npm run phone -- --data <dir>/<data> …` process (node --import tsx, so signals reach the CLI itself). */
function cli(data: string, ...args: Array<string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'phone/cli.ts'), '--relay', relay.url, '--data', path.join(dir, data), ...args], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    interrupt: () => {
      child.kill('SIGINT');
    },
  };
}

/** What the business holds from each customer that wrote to it: their messages' texts, by account. */
function heardFrom(): Map<AccountId, Array<string>> {
  const me = business.engine.account.accountId;
  return new Map(
    business
      .inbox(100)
      .map((conversation) => [conversation.peer, conversation.messages.filter((message) => message.senderAccountId !== me).map((message) => message.body ?? '')] as const)
      .filter(([, texts]) => texts.length > 0),
  );
}

function sentLines(stdout: string, handle: string): Array<string> {
  return stdout.split('\n').filter((line) => new RegExp(`^${handle} +sent +\\d{4}-`).test(line));
}

describe.skipIf(!keyring)(`parley-phone customers${keyring ? '' : ` (skipped: ${noKeyringReason})`}`, () => {
  it('plays 3 customers until each sent 2 messages: the business hears from 3 named accounts and a reply reaches the customer it was for', async () => {
    const specs = customerSpecs(path.join(dir, 'first'), 'acme-customer', 3);
    const run = cli('first', 'customers', 'acme', '--count', '3', '--messages', '2', '--interval', '2', '--seed', 'first');

    // The business answers each customer once its profile name has arrived, naming it.
    const replied = new Set<AccountId>();
    const replies = new Map<string, string>();
    await expect
      .poll(
        async () => {
          for (const peer of heardFrom().keys()) {
            const name = business.engine.contacts.get(peer)?.displayName ?? null;
            if (replied.has(peer) || name === null) continue;
            replied.add(peer);
            const text = `Hello ${name}, we are looking into it.`;
            replies.set(name, text);
            business.engine.messaging.sendText(peer, text);
            await business.engine.flushOutbox();
          }
          return replied.size;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(3);

    expect(await run.exited).toBe(0);
    expect(run.stderr()).toBe('');
    const stdout = run.stdout();
    expect([...replies.keys()].sort()).toEqual(specs.map((spec) => spec.profileName).sort());
    for (const spec of specs) {
      expect(stdout).toMatch(new RegExp(`^${spec.handle} +registered, profile name “${spec.profileName}”$`, 'm'));
      expect(sentLines(stdout, spec.handle)).toHaveLength(2);
    }
    // At least one reply arrived before that customer's run ended, at that customer (not another).
    const received = specs.filter((spec) => stdout.includes(`them: ${replies.get(spec.profileName) ?? '?'}`));
    expect(received.length).toBeGreaterThan(0);
    for (const spec of received) {
      expect(stdout).toMatch(new RegExp(`^${spec.handle} +received +\\d{4}-\\d\\d-\\d\\d [\\d:]+ them: Hello ${spec.profileName}, we are looking into it\\.$`, 'm'));
    }
    expect(stdout).toMatch(/^Done: 6 message\(s\) sent, \d+ received\./m);

    // Every message sent reached the business: two from each of three accounts.
    await expect.poll(() => [...heardFrom().values()].map((texts) => texts.length), { timeout: 20_000 }).toEqual([2, 2, 2]);
  }, 120_000);

  it('reuses the same accounts, folders and keychain entries on a second run: nothing is registered again', async () => {
    const before = new Set(heardFrom().keys());
    const createAccount = vi.spyOn(relay.stores.accounts, 'createAccount');
    try {
      const first = cli('again', 'customers', 'acme', '--count', '3', '--messages', '1', '--interval', '0.5', '--prefix', 'again', '--seed', '1');
      expect(await first.exited).toBe(0);
      // The spy sees registrations: the first run made three.
      expect(createAccount).toHaveBeenCalledTimes(3);
      const folders = customerSpecs(path.join(dir, 'again'), 'again', 3).map((spec) => spec.dataDir);
      const keys = await Promise.all(folders.map((folder) => loadKeytar().getPassword(keychainService, keychainAccount(phoneProfileIdFor(folder)))));
      expect(keys.every((key) => key !== null)).toBe(true);
      expect(new Set(keys).size).toBe(3);
      await expect.poll(() => [...heardFrom().keys()].filter((peer) => !before.has(peer)).length, { timeout: 20_000 }).toBe(3);
      const customers = [...heardFrom().keys()].filter((peer) => !before.has(peer));

      createAccount.mockClear();
      const second = cli('again', 'customers', 'acme', '--count', '3', '--messages', '1', '--interval', '0.5', '--prefix', 'again', '--seed', '2');
      expect(await second.exited).toBe(0);
      expect(createAccount).not.toHaveBeenCalled();
      expect(second.stdout()).not.toMatch(/registered/);
      expect(second.stdout().match(/^again-\d +uses its account from an earlier run$/gm)).toHaveLength(3);
      // The same three accounts wrote again, and no other.
      await expect.poll(() => customers.map((peer) => heardFrom().get(peer)?.length), { timeout: 20_000 }).toEqual([2, 2, 2]);
      expect([...heardFrom().keys()].filter((peer) => !before.has(peer)).sort()).toEqual([...customers].sort());
    } finally {
      createAccount.mockRestore();
    }
  }, 120_000);

  it('says the business handle does not exist, having registered only the first customer to ask', async () => {
    const run = cli('nobody', 'customers', 'nobody-here', '--count', '3', '--messages', '1');
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('parley-phone: No Parley account has the handle @nobody-here');
    expect(run.stdout()).not.toMatch(/Playing/);
    expect(await fs.readdir(path.join(dir, 'nobody', 'customers'))).toEqual(['nobody-here-customer-1']);
  }, 60_000);

  it('on Ctrl-C stops sending, closes every customer and exits 0, leaving databases that open again', async () => {
    const run = cli('stop', 'customers', 'acme', '--count', '2', '--interval', '0.3', '--prefix', 'stop');
    await expect.poll(() => ['stop-1', 'stop-2'].every((handle) => sentLines(run.stdout(), handle).length > 0), { timeout: 30_000 }).toBe(true);
    run.interrupt();
    // An engine left open would keep its socket, and the process, alive.
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/^Stopping: closing every customer…$/m);
    expect(run.stdout()).toMatch(/^Stopped: \d+ message\(s\) sent, \d+ received\. Closing every customer\.$/m);
    const reopened = await PrimaryDevice.open({ dataDir: customerSpecs(path.join(dir, 'stop'), 'stop', 1)[0]?.dataDir ?? '', relayUrl: relay.url, keyStore: new KeytarKeyStore() });
    expect(reopened.handle).toBe('stop-1');
    await reopened.close();
  }, 60_000);

  it.each([
    ['no --count', ['customers', 'acme'], /customers needs --count N/],
    ['a count of 0', ['customers', 'acme', '--count', '0'], /--count must be a whole number from 1 to 100/],
    ['an interval that is not a number', ['customers', 'acme', '--count', '2', '--interval', 'soon'], /--interval must be a number of seconds/],
    ['a prefix that makes invalid handles', ['customers', 'acme', '--count', '2', '--prefix', 'Big Shop'], /--prefix must make handles like Big Shop-1/],
    ['no business handle', ['customers', '--count', '2'], /customers needs the business’s handle/],
  ])('refuses %s before opening anything', async (_what, args, words) => {
    const run = cli('refused', ...args);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(words);
    await expect(fs.stat(path.join(dir, 'refused'))).rejects.toThrow(/ENOENT/);
  });
});
