/**
 * A stranger answering 401 on the relay's port (the relay died and something else took
 * the port) must not cost the desktop a byte: its session, in a process of its own, shows
 * "the relay does not recognise this desktop", is SIGKILLed in that state and started
 * again, and once the real relay is back it is in its chats with everything it had.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { profileIdFor } from '../../electron/host/services/desktop-session';
import { SessionProcess } from './support/processes';
import { fileHashes, FaultWorld, settle } from './support/world';

let world: FaultWorld | undefined;
let stranger: http.Server | undefined;
afterEach(async () => {
  stranger?.closeAllConnections();
  stranger?.close();
  stranger = undefined;
  await world?.cleanup();
  world = undefined;
});

/** The database file, every attachment file and the keychain entry, hashed. */
async function keptBytes(world: FaultWorld, dataDir: string): Promise<Record<string, string>> {
  const key = await world.keyStore.getDatabaseKey(profileIdFor(dataDir));
  return { ...(await fileHashes(path.join(dataDir, 'account'))), '<keychain>': key === null ? 'none' : createHash('sha256').update(key).digest('hex') };
}

describe('a stranger answering 401 on the relay port', () => {
  it('never costs the desktop a byte, even when it is SIGKILLed while refused, and it is back in its chats once the relay returns', async () => {
    world = await FaultWorld.create();
    const current = world;
    const alice = await current.registerPhone('alice');
    const bob = await current.registerPhone('bob');
    const aliceId = await bob.engine.contacts.resolveHandle('alice');
    const dataDir = path.join(current.dir, 'desktop');
    current.forgetKeyOf(profileIdFor(dataDir));

    let session = new SessionProcess({ dataDir, relayUrl: current.relayUrl });
    await alice.engine.devices.provision((await session.state('showing-code')).url ?? '', { history: false });
    await session.state('linked');
    bob.engine.messaging.sendText(aliceId, 'kept-before');
    const has = async (body: string): Promise<boolean> => ((await session.report())?.messages ?? []).some((message) => message.body === body);
    await settle(() => has('kept-before'), 30_000);
    expect(await has('kept-before')).toBe(true);
    await session.stop();
    const before = await keptBytes(current, dataDir);
    expect(before['<keychain>']).not.toBe('none');

    await current.relay.kill();
    let upgrades = 0;
    stranger = http.createServer((_request, response) => {
      response.writeHead(401).end();
    });
    stranger.on('upgrade', (_request, socket: NodeJS.WritableStream) => {
      upgrades++;
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    await new Promise<void>((resolve) => stranger?.listen(current.relay.port, '127.0.0.1', resolve));

    for (let round = 0; round < 2; round++) {
      session = new SessionProcess({ dataDir, relayUrl: current.relayUrl });
      await session.state('relay-unknown');
      await session.kill();
    }
    expect(upgrades).toBeGreaterThanOrEqual(2);
    expect(await keptBytes(current, dataDir)).toEqual(before);

    const closing = stranger;
    stranger = undefined;
    closing.closeAllConnections();
    await new Promise<void>((resolve) => closing.close(() => { resolve(); }));
    await current.relay.startAgain();
    session = new SessionProcess({ dataDir, relayUrl: current.relayUrl });
    await session.state('linked');
    bob.engine.messaging.sendText(aliceId, 'after-return');
    await settle(() => has('after-return'), 30_000);
    expect({ before: await has('kept-before'), after: await has('after-return') }).toEqual({ before: true, after: true });
    await session.stop();
  });
});
