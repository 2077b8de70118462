/** A real relay on loopback and engines with real SQLCipher stores, for engine tests. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { RelayConfigOverrides } from '../../../../server/config';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import { asAccountId, asDeviceId } from '../../../../shared/relay-api';
import type { Engine } from '../../../../engine/engine';
import { createEngine, registerPrimary } from '../../../../engine/compose';
import type { EngineOptions } from '../../../../engine/compose';
import { InMemoryKeyStore } from '../../../../engine/keychain';
import { openEncryptedStore } from '../../../../engine/store';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import type { AccountId, Message, Store } from '../../../../engine/store';

export interface TestWorld {
  readonly dir: string;
  relay: Relay;
  readonly keyStore: InMemoryKeyStore;
  /** Restarts on the same port and data, with `config` (default: the relay's defaults). */
  restartRelay(config?: RelayConfigOverrides): Promise<void>;
  stopRelay(): Promise<void>;
  startRelayAgain(config?: RelayConfigOverrides): Promise<void>;
  openStore(profile: string): Promise<Store>;
  /** Stopped by `cleanup`, before the stores close. */
  track<E extends Engine>(engine: E): E;
  cleanup(): Promise<void>;
}

export interface WorldOptions {
  /** Relay settings for the first start (limits a test provokes). */
  readonly relayConfig?: RelayConfigOverrides;
}

export async function createWorld(options: WorldOptions = {}): Promise<TestWorld> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-engine-'));
  const relayDir = path.join(dir, 'relay');
  let relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    dataDir: relayDir,
    logger: process.env['RELAY_LOG'] === '1',
    ...(options.relayConfig === undefined ? {} : { config: options.relayConfig }),
  });
  const port = Number(new URL(relay.url).port);
  const keyStore = new InMemoryKeyStore();
  const stores: Array<Store> = [];
  const engines: Array<Engine> = [];
  let running = true;
  const world: TestWorld = {
    dir,
    relay,
    keyStore,
    stopRelay: async () => {
      if (running) await world.relay.close();
      running = false;
    },
    startRelayAgain: async (config) => {
      relay = await startRelay({ host: '127.0.0.1', port, dataDir: relayDir, logger: false, ...(config === undefined ? {} : { config }) });
      world.relay = relay;
      running = true;
    },
    restartRelay: async (config) => {
      await world.stopRelay();
      await world.startRelayAgain(config);
    },
    openStore: async (profile) => {
      const store = await openEncryptedStore({ dataDir: path.join(dir, profile), keyStore, profileId: profile });
      stores.push(store);
      return store;
    },
    track: (engine) => {
      engines.push(engine);
      return engine;
    },
    cleanup: async () => {
      for (const engine of engines.splice(0)) await engine.stop();
      if (running) await world.relay.close();
      for (const store of stores) {
        try {
          store.close();
        } catch {
          // Already closed by the test.
        }
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  return world;
}

export async function registerPhone(
  world: TestWorld,
  profile: string,
  handle: string,
  options: Partial<Pick<EngineOptions, 'now' | 'logger' | 'scheduler'>> = {},
): Promise<Engine> {
  const store = await world.openStore(profile);
  return world.track(await registerPrimary({ ...options, store, relayUrl: world.relay.url, handle }));
}

/** A fresh world for each test of the calling file, cleaned up after it. */
export function worldPerTest(options: WorldOptions = {}): () => TestWorld {
  let world: TestWorld | undefined;
  beforeEach(async () => {
    world = await createWorld(options);
  });
  afterEach(async () => {
    await world?.cleanup();
    world = undefined;
  });
  return () => {
    if (world === undefined) throw new Error('worldPerTest() is only usable inside a test.');
    return world;
  };
}

/** Resolves when the async `predicate` holds (relay state a test reads over its API), checking every 50 ms. */
export async function eventuallyAsync(predicate: () => Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves when `predicate` holds, checking after each engine event and every 50 ms. */
export async function eventually(predicate: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Links a new companion device to `primary` through the real provisioning flow. */
export async function linkDevice(world: TestWorld, primary: Engine, profile: string, name = profile): Promise<Engine> {
  const store = await world.openStore(profile);
  const pending = await beginLinking(world.relay.url);
  await primary.devices.provision(pending.url);
  const inherited = await pending.inherited;
  await completeLinking({ store, relayUrl: world.relay.url, inherited, deviceName: name });
  return world.track(createEngine({ store, relayUrl: world.relay.url }));
}

/** What the relay still holds for one device (nothing is removed by reading). */
export async function relayQueue(world: TestWorld, accountId: string, deviceId = 1): Promise<Array<{ readonly guid: string; readonly envelope: Uint8Array }>> {
  const rows = await world.relay.stores.queues.readQueue(asAccountId(accountId), asDeviceId(deviceId), { afterCursor: 0, limit: 100_000, now: Date.now() });
  return rows.map((row) => ({ guid: row.guid, envelope: row.envelope }));
}

/** A device's messages with `peer`, oldest first (none when there is no conversation yet). */
export function messagesWith(engine: Engine, peer: AccountId, limit = 5_000): Array<Message> {
  const conversation = engine.conversations.direct(peer);
  return conversation === undefined ? [] : engine.messaging.list(conversation.id, limit);
}
