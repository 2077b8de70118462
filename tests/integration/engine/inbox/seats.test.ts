/**
 * A business's desktops join its console with a real relay and real SQLCipher engines:
 * the owner's phone links an admin and an agent; each desktop makes its own signing key
 * and asks for its seat over an end-to-end-encrypted sync message; the phone signs it;
 * every device ends with the same roster, every seat standing. A desktop linked without
 * a seat asks too and gets none; the agents' names never reach the relay's files.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../../engine/compose';
import type { Engine } from '../../../../engine/engine';
import { InMemoryKeyStore } from '../../../../engine/keychain';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import { openEncryptedStore } from '../../../../engine/store';
import { storeOf } from '../../../../engine/testing';
import { PrimaryDevice } from '../../../../phone/primary-device';
import type { LinkOutcome } from '../../../../phone/primary-device';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';

let dir: string;
let relay: Relay;
const keyStore = new InMemoryKeyStore();
const engines: Array<Engine> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-seats-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});
afterEach(async () => {
  for (const engine of engines.splice(0)) {
    await engine.stop();
    storeOf(engine).close();
  }
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function linkDesktop(
  owner: PrimaryDevice,
  profile: string,
  seat?: { readonly name: string; readonly role: 'admin' | 'agent' },
): Promise<{ engine: Engine; outcome: LinkOutcome }> {
  const pending = await beginLinking(relay.url);
  const store = await openEncryptedStore({ dataDir: path.join(dir, profile), keyStore, profileId: profile });
  const desktop = pending.inherited.then(async (inherited) => {
    await completeLinking({ store, relayUrl: relay.url, inherited, deviceName: profile });
    const engine = createEngine({ store, relayUrl: relay.url });
    engines.push(engine);
    engine.start();
    return engine;
  });
  const outcome = await owner.link(pending.url, { waitMs: 30_000, ...(seat === undefined ? {} : { seat }) });
  return { engine: await desktop, outcome };
}

const standing = (engine: Engine): Array<string> =>
  engine.inbox
    .roster()
    .filter((entry) => entry.stands && !entry.revoked)
    .map((entry) => `${String(entry.deviceId)}:${entry.name}:${entry.role}`);

describe('seats in a business console', () => {
  it('gives the desktops the owner linked as agents their seats, the same roster everywhere, and none to another', async () => {
    const owner = await PrimaryDevice.register({
      dataDir: path.join(dir, 'acme'),
      relayUrl: relay.url,
      keyStore,
      profileId: 'acme',
      handle: 'acme',
      business: 'Acme Support',
    });
    try {
      await owner.connect();
      const admin = await linkDesktop(owner, 'desk-a', { name: 'Agent Canary-A', role: 'admin' });
      expect(admin.outcome.seat).toMatchObject({ name: 'Agent Canary-A', role: 'admin', stands: true, deviceId: 2 });
      const agent = await linkDesktop(owner, 'desk-b', { name: 'Agent Canary-B', role: 'agent' });
      expect(agent.outcome.seat).toMatchObject({ name: 'Agent Canary-B', role: 'agent', stands: true, deviceId: 3 });
      const plain = await linkDesktop(owner, 'desk-c');
      expect(plain.outcome.device?.id).toBe(4);

      const expected = ['1:Acme Support:owner', '2:Agent Canary-A:admin', '3:Agent Canary-B:agent'];
      await expect.poll(() => standing(admin.engine), { timeout: 20_000 }).toEqual(expected);
      await expect.poll(() => standing(agent.engine), { timeout: 20_000 }).toEqual(expected);
      await expect.poll(() => standing(plain.engine), { timeout: 20_000 }).toEqual(expected);
      expect(standing(owner.engine)).toEqual(expected);
      expect(agent.engine.inbox.mySeat()).toMatchObject({ name: 'Agent Canary-B' });
      expect(agent.engine.inbox.business()).toEqual({ name: 'Acme Support' });
      // The desktop linked without a seat asked for one (its key is made) and got none.
      expect(storeOf(plain.engine).getItem('consoleSeat')).toBeDefined();
      await plain.engine.flushOutbox();
      await owner.engine.flushOutbox();
      expect(plain.engine.inbox.mySeat()).toBeNull();
      expect(owner.engine.inbox.roster()).toHaveLength(3);

      // Seats, names and roles travel only inside E2EE messages.
      for (const file of await fs.readdir(path.join(dir, 'relay'), { recursive: true })) {
        const full = path.join(dir, 'relay', file);
        if (!(await fs.stat(full)).isFile()) continue;
        expect((await fs.readFile(full)).includes('Canary-'), file).toBe(false);
      }
    } finally {
      await owner.close();
    }
  }, 90_000);
});
