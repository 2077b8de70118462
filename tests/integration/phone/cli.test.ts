/**
 * The phone CLI as people run it, a child process (`tsx phone/cli.ts`): `link` checks its
 * argument before anything else and says what is wrong; `inbox` shows files; `typing` and
 * `read` reach the contact. The contact is an in-process phone on the same relay.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrimaryDevice } from '../../../phone/primary-device';
import { startRelay } from '../../../server/relay';
import type { Relay } from '../../../server/relay';
import { InMemoryKeyStore } from '../../../engine/keychain';
import type { ReceivedEvent } from '../../../engine/pipeline/receiver';

const root = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

let dir: string;
let relay: Relay;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-cli-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});
afterAll(async () => {
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(profile: string, ...args: Array<string>): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'phone/cli.ts'), '--relay', relay.url, '--data', path.join(dir, profile), ...args],
      { cwd: root, env: process.env, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const validKey = Buffer.concat([Buffer.from([5]), Buffer.alloc(32, 9)]).toString('base64');

describe('parley-phone link, before sending anything', () => {
  it.each([
    ['no argument', [], /link needs the parley:\/\/link/],
    ['a web address', ['https://example.com/link?uuid=abc'], /“https:\/\/example\.com\/link\?uuid=abc” is not a Parley link/],
    ['a link cut at “&” by the shell', ['parley://link?uuid=AAAAAAAAAAAAAAAAAAAAAAAA'], /no valid pub_key=.*put it in quotes/],
    ['a link without an address', [`parley://link?uuid=x&pub_key=${validKey}`], /no valid uuid=/],
    ['a path that does not exist', ['no-such-code.png'], /There is no file “no-such-code\.png”, and it is not a parley:\/\/link URL/],
  ])('refuses %s and says what to do', async (_what, args, words) => {
    const outcome = await cli('nobody', 'link', ...args);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(words);
    expect(outcome.stdout).not.toMatch(/Sending/);
  });

  it('refuses a file that is not a PNG, a PNG without a code and a QR code of something else', async () => {
    const text = path.join(dir, 'notes.png');
    await fs.writeFile(text, 'plain text, not an image');
    // A real PNG with a real QR code, of something that is not a linking code.
    const blank = path.join(dir, 'blank.png');
    await QRCode.toFile(blank, 'https://example.com', { margin: 4, scale: 6 });
    const empty = path.join(dir, 'empty.png');
    const white = new PNG({ width: 64, height: 64 });
    white.data.fill(255);
    await fs.writeFile(empty, PNG.sync.write(white));
    const folder = path.join(dir, 'a-folder');
    await fs.mkdir(folder);
    const notPng = await cli('nobody', 'link', text);
    expect(notPng.stderr).toMatch(/“.*notes\.png” is not a PNG image/);
    const otherCode = await cli('nobody', 'link', blank);
    expect(otherCode.stderr).toMatch(/The QR code in “.*blank\.png” is not a Parley linking code \(it says “https:\/\/example\.com”\)/);
    const noCode = await cli('nobody', 'link', empty);
    expect(noCode.stderr).toMatch(/No QR code was found in “.*empty\.png”/);
    const isFolder = await cli('nobody', 'link', folder);
    expect(isFolder.stderr).toMatch(/is a folder, not a PNG image/);
    for (const outcome of [notPng, otherCode, noCode, isFolder]) {
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).not.toMatch(/Sending/);
    }
  });

  it('accepts a valid link and only then opens the phone (which is not registered here)', async () => {
    const outcome = await cli('nobody', 'link', `parley://link?uuid=AAAAAAAAAAAAAAAAAAAAAAAA&pub_key=${encodeURIComponent(validKey)}`);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/no account yet: run `register <handle>` first/);
  });
});

describe('parley-phone inbox, typing and read', () => {
  it('lists files next to text, shows file-only messages, and sends typing and read receipts', async () => {
    expect((await cli('bob', 'register', 'bob')).code).toBe(0);
    const alice = await PrimaryDevice.register({ dataDir: path.join(dir, 'alice'), relayUrl: relay.url, keyStore: new InMemoryKeyStore(), profileId: 'alice', handle: 'alice' });
    try {
      await alice.connect();
      const photo = path.join(dir, 'photo.png');
      await fs.writeFile(photo, Buffer.alloc(1_234_567, 1));
      await alice.sendFile('bob', photo);
      const report = path.join(dir, 'report.pdf');
      await fs.writeFile(report, Buffer.alloc(21_000, 2));
      await alice.sendFile('bob', report, { caption: 'the report' });

      const inbox = await cli('bob', 'inbox');
      expect(inbox.code).toBe(0);
      expect(inbox.stdout).toMatch(/them: \[image photo\.png 1\.2 MB(, [a-z ]+)?\]\n/);
      expect(inbox.stdout).toMatch(/them: the report \[document report\.pdf 21\.0 KB(, [a-z ]+)?\]\n/);

      const events: Array<ReceivedEvent> = [];
      alice.engine.on('received', (event) => events.push(event));
      const typing = await cli('bob', 'typing', 'alice');
      expect(typing).toMatchObject({ code: 0, stdout: expect.stringMatching(/alice sees you typing/) as string });
      const stop = await cli('bob', 'typing', 'alice', '--stop');
      expect(stop.code).toBe(0);
      // The first `inbox` took the messages in and sent delivery receipts; `read` sends read receipts.
      const read = await cli('bob', 'read', 'alice');
      expect(read).toMatchObject({ code: 0, stdout: 'Marked 2 message(s) from alice read and sent read receipts.\n' });
      const again = await cli('bob', 'read', 'alice');
      expect(again.stdout).toBe('Nothing unread from alice.\n');

      await expect.poll(() => alice.inbox()[0]?.messages.map((message) => message.status), { timeout: 20_000 }).toEqual(['read', 'read']);
      const typed = events.flatMap((event) => (event.kind === 'typing' ? [event.started] : []));
      expect(typed).toEqual([true, false]);
    } finally {
      await alice.close();
    }
  }, 120_000);
});
