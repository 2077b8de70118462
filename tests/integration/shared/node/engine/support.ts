/** A real relay on loopback and engines with real SQLCipher stores, for engine tests. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startRelay } from '../../../../../server/relay';
import type { Relay } from '../../../../../server/relay';
import { Engine } from '../../../../../shared/node/engine';
import { InMemoryKeyStore } from '../../../../../shared/node/keychain';
import { openEncryptedStore } from '../../../../../shared/node/store';
import { beginLinking, completeLinking, provisionNewDevice } from '../../../../../shared/node/linking/provisioning';
import type { Store } from '../../../../../shared/node/store';

export interface TestWorld {
  readonly dir: string;
  relay: Relay;
  readonly keyStore: InMemoryKeyStore;
  restartRelay(): Promise<void>;
  stopRelay(): Promise<void>;
  startRelayAgain(): Promise<void>;
  openStore(profile: string): Promise<Store>;
  /** Stopped by `cleanup`, before the stores close. */
  track<E extends Engine>(engine: E): E;
  cleanup(): Promise<void>;
}

export async function createWorld(): Promise<TestWorld> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-engine-'));
  const relayDir = path.join(dir, 'relay');
  let relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: relayDir, logger: process.env['RELAY_LOG'] === '1' });
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
    startRelayAgain: async () => {
      relay = await startRelay({ host: '127.0.0.1', port, dataDir: relayDir, logger: false });
      world.relay = relay;
      running = true;
    },
    restartRelay: async () => {
      await world.stopRelay();
      await world.startRelayAgain();
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

export async function registerPhone(world: TestWorld, profile: string, handle: string): Promise<Engine> {
  const store = await world.openStore(profile);
  return world.track(await Engine.registerPrimary({ store, relayUrl: world.relay.url, handle }));
}

/** A fresh world for each test of the calling file, cleaned up after it. */
export function worldPerTest(): () => TestWorld {
  let world: TestWorld | undefined;
  beforeEach(async () => {
    world = await createWorld();
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
  await provisionNewDevice(primary, pending.url);
  const inherited = await pending.inherited;
  await completeLinking({ store, relayUrl: world.relay.url, inherited, deviceName: name });
  return world.track(new Engine({ store, relayUrl: world.relay.url }));
}
