/** The reference phone as its CLI uses it: register, send, inbox, link a desktop, list and unlink devices. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhoneNotRegisteredError, PrimaryDevice } from '../../../phone/primary-device';
import { startRelay } from '../../../server/relay';
import type { Relay } from '../../../server/relay';
import { InMemoryKeyStore } from '../../../engine/keychain';
import { LinkTargetError } from '../../../phone/link-target';
import { createEngine } from '../../../engine/compose';
import { importHistory } from '../../../engine/linking/history';
import { beginLinking, completeLinking } from '../../../engine/linking/provisioning';
import { openEncryptedStore } from '../../../engine/store';
import { relayOf } from '../../../engine/testing';

let dir: string;
let relay: Relay;
const keyStore = new InMemoryKeyStore();
const phones: Array<PrimaryDevice> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-phone-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});
afterEach(async () => {
  for (const phone of phones.splice(0)) await phone.close();
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function register(handle: string): Promise<PrimaryDevice> {
  const phone = await PrimaryDevice.register({ dataDir: path.join(dir, handle), relayUrl: relay.url, keyStore, profileId: handle, handle });
  phones.push(phone);
  return phone;
}

describe('the reference phone', () => {
  it('refuses to open before registering, then sends and shows its inbox', async () => {
    await expect(PrimaryDevice.open({ dataDir: path.join(dir, 'nobody'), relayUrl: relay.url, keyStore, profileId: 'nobody' })).rejects.toThrow(
      PhoneNotRegisteredError,
    );
    const alice = await register('alice');
    const bob = await register('bob');
    await alice.connect();
    await alice.send('bob', 'hello from the CLI');
    await bob.connect();
    const [conversation] = bob.inbox();
    expect(conversation?.messages.map((message) => message.body)).toEqual(['hello from the CLI']);
    await expect(alice.send('nobody-here', 'x')).rejects.toMatchObject({ code: 'unknown-handle', params: { handle: 'nobody-here' } });
  });

  it('links a desktop from a QR image, confirms its name, lists and unlinks it', async () => {
    const alice = await register('alice');
    await alice.connect();
    const pending = await beginLinking(relay.url);
    const qr = path.join(dir, 'code.png');
    await QRCode.toFile(qr, pending.url, { margin: 4, scale: 6 });
    const desktopStore = await openEncryptedStore({ dataDir: path.join(dir, 'desktop'), keyStore, profileId: 'desktop' });
    const desktop = pending.inherited.then((inherited) =>
      completeLinking({ store: desktopStore, relayUrl: relay.url, inherited, deviceName: 'Work laptop' }),
    );
    const joined = await alice.link(qr);
    await desktop;
    expect(joined.device).toMatchObject({ id: 2, name: 'Work laptop', primary: false });
    // Nothing but text in this history: no media to send.
    expect(joined.media).toEqual({ sent: 0, failed: 0 });
    expect((await alice.devices()).map((device) => [device.id, device.name])).toEqual([
      [1, 'This phone'],
      [2, 'Work laptop'],
    ]);
    await alice.unlink(2);
    expect((await alice.devices()).map((device) => device.id)).toEqual([1]);
    await expect(alice.unlink(1)).rejects.toThrow(/cannot unlink itself/);
    desktopStore.close();

    await fs.writeFile(path.join(dir, 'not-a-code.png'), 'plain text, not an image');
    await expect(alice.link(path.join(dir, 'not-a-code.png'))).rejects.toThrow(LinkTargetError);
  });
  it('links a desktop and then sends it the recent photos and files of its history', async () => {
    const alice = await register('alice');
    const bob = await register('bob');
    await alice.connect();
    await bob.connect();
    const photo = path.join(dir, 'beach.png');
    const bytes = Buffer.alloc(40_000, 3);
    await fs.writeFile(photo, bytes);
    await alice.sendFile('bob', photo);
    const pending = await beginLinking(relay.url);
    const desktopStore = await openEncryptedStore({ dataDir: path.join(dir, 'desktop'), keyStore, profileId: 'desktop' });
    const desktop = pending.inherited.then(async (inherited) => {
      await completeLinking({ store: desktopStore, relayUrl: relay.url, inherited, deviceName: 'Laptop' });
      const engine = createEngine({ store: desktopStore, relayUrl: relay.url });
      await importHistory(desktopStore, relayOf(engine), inherited.history ?? {});
      engine.start();
      return engine;
    });
    const joined = await alice.link(pending.url);
    const engine = await desktop;
    try {
      expect(joined).toMatchObject({ device: { id: 2, name: 'Laptop' }, media: { sent: 1, failed: 0 } });
      await expect.poll(() => desktopStore.listAttachmentsInStates(['ready']).length, { timeout: 20_000 }).toBe(1);
      const [copy] = desktopStore.listAttachmentsInStates(['ready']);
      const read = await engine.attachments.read(copy?.id ?? ('' as never), 0, bytes.length);
      expect(Buffer.from(read.data).equals(bytes)).toBe(true);
    } finally {
      await engine.stop();
      desktopStore.close();
    }
  });

  it('sends a file as an encrypted attachment and saves received ones with the same bytes', async () => {
    const alice = await register('alice');
    const bob = await register('bob');
    await alice.connect();
    await bob.connect();
    const file = path.join(dir, 'report final.pdf');
    const bytes = Buffer.alloc(700_000);
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 31 + 7) % 251;
    await fs.writeFile(file, bytes);
    await alice.sendFile('bob', file, { caption: 'the report' });
    await expect(alice.sendFile('bob', path.join(dir, 'missing.pdf'))).rejects.toThrow(/ENOENT/);

    const deadline = Date.now() + 20_000;
    while (bob.inbox()[0]?.messages.length !== 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bob.findMessage('alice', 'the report').body).toBe('the report');
    const [saved, ...others] = await bob.saveAttachments(path.join(dir, 'saved'));
    expect(others).toEqual([]);
    expect(path.basename(saved ?? '')).toMatch(/report final\.pdf$/);
    expect((await fs.readFile(saved ?? '')).equals(bytes)).toBe(true);
    expect(() => bob.findMessage('alice', 'not there')).toThrow(/No message containing/);
  });

  it('resets its identity: linked devices go, contacts must accept the new safety number', async () => {
    const alice = await register('alice');
    const bob = await register('bob');
    await alice.connect();
    await bob.connect();
    await alice.send('bob', 'hi');
    const arrived = Date.now() + 20_000;
    while (bob.inbox().length === 0 && Date.now() < arrived) await new Promise((resolve) => setTimeout(resolve, 100));
    const before = bob.engine.safety.safetyNumber(alice.engine.account.accountId).digits;
    await alice.resetIdentity();
    await alice.connect();
    await alice.send('bob', 'new phone, same me');
    const deadline = Date.now() + 20_000;
    while (bob.engine.safety.pendingChanges().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bob.engine.safety.pendingChanges().map((record) => record.addressName)).toEqual([alice.engine.account.accountId]);
    expect(bob.engine.safety.safetyNumber(alice.engine.account.accountId).digits).not.toBe(before);
  });
});
