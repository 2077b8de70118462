/**
 * A database damaged past its first page (a bad disk sector, a torn copy) under a
 * desktop session in its own process: it says so with a typed problem instead of
 * opening, keeps every file byte for byte however often it is SIGKILLed and started
 * again, acknowledges nothing meanwhile, and once the user puts back a good copy it is
 * in its chats with what arrived while it was down.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { profileIdFor } from '../../electron/host/services/desktop-session';
import { databaseFiles } from '../../engine/store';
import { SessionProcess } from './support/processes';
import { fileHashes, FaultWorld, numbered, settle } from './support/world';

let world: FaultWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

const pageSize = 4096;

describe('a database damaged past page 1', () => {
  it('is a typed problem that keeps every file and acknowledges nothing, across SIGKILLs, until a good copy is back', async () => {
    world = await FaultWorld.create();
    const current = world;
    const alice = await current.registerPhone('alice');
    const bob = await current.registerPhone('bob');
    const aliceId = await bob.engine.contacts.resolveHandle('alice');
    const dataDir = path.join(current.dir, 'desktop');
    const accountDir = path.join(dataDir, 'account');
    current.forgetKeyOf(profileIdFor(dataDir));

    let session = new SessionProcess({ dataDir, relayUrl: current.relayUrl });
    await alice.engine.devices.provision((await session.state('showing-code')).url ?? '', { history: false });
    await session.state('linked');
    const deviceId = (await session.report())?.deviceId ?? 0;
    // Enough messages for the file to have many pages.
    const earlier = numbered(`earlier-${'x'.repeat(200)}-`, 300);
    for (const body of earlier) bob.engine.messaging.sendText(aliceId, body);
    const count = async (prefix: string): Promise<number> =>
      ((await session.report())?.messages ?? []).filter((message) => message.body?.startsWith(prefix) === true).length;
    await settle(async () => (await count('earlier-')) === earlier.length, 60_000);
    expect(await count('earlier-')).toBe(earlier.length);
    await session.stop();

    const file = databaseFiles(accountDir).database;
    const goodCopy = await fs.readFile(file);
    const pages = goodCopy.length / pageSize;
    expect(pages).toBeGreaterThan(20);
    const handle = await fs.open(file, 'r+');
    await handle.write(randomBytes(64), 0, 64, Math.floor(pages / 2) * pageSize + 512);
    await handle.close();
    const damaged = await fileHashes(accountDir);
    const key = await current.keyStore.getDatabaseKey(profileIdFor(dataDir));
    expect(key).not.toBeNull();

    const during = numbered('during-', 5);
    for (const body of during) bob.engine.messaging.sendText(aliceId, body);
    await bob.engine.flushOutbox();
    for (let round = 0; round < 2; round++) {
      session = new SessionProcess({ dataDir, relayUrl: current.relayUrl });
      expect((await session.state('failed')).problem).toBe('database-corrupt');
      await session.kill();
    }
    expect(await fileHashes(accountDir)).toEqual(damaged);
    expect(await current.keyStore.getDatabaseKey(profileIdFor(dataDir))).toEqual(key);
    // Nothing was acknowledged into the damaged file: the relay still holds what came meanwhile.
    expect(current.queuedFor(aliceId, deviceId)).toBeGreaterThanOrEqual(during.length);

    // The user restores the copy they had; the desktop picks up where it was.
    await fs.writeFile(file, goodCopy);
    session = new SessionProcess({ dataDir, relayUrl: current.relayUrl });
    await session.state('linked');
    await settle(async () => (await count('during-')) === during.length, 30_000);
    expect({ earlier: await count('earlier-'), during: await count('during-') }).toEqual({ earlier: earlier.length, during: during.length });
    await session.stop();
  });
});
