/**
 * The cast of a fault test: a relay in its own process, phones as engines in the test
 * process, and desktops linked to them that run in processes of their own (so they can
 * be SIGKILLed). Every store is a real SQLCipher file keyed from the real keychain.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Engine } from '../../../engine/engine';
import { registerPrimary } from '../../../engine/compose';
import { KeytarKeyStore, loadKeytar } from '../../../engine/keychain';
import { beginLinking, completeLinking } from '../../../engine/linking/provisioning';
import { openEncryptedStore } from '../../../engine/store';
import type { Store } from '../../../engine/store';
import Database from 'better-sqlite3-multiple-ciphers';
import { DeviceProcess, RelayProcess } from './processes';
import { reportEngine } from './report';
import type { DeviceConfig, DeviceReport } from './protocol';

export interface Phone {
  readonly engine: Engine;
  readonly store: Store;
}

export class FaultWorld {
  readonly keyStore = new KeytarKeyStore({ keytar: loadKeytar() });
  private readonly engines: Array<Engine> = [];
  private readonly stores: Array<Store> = [];
  private readonly devices: Array<DeviceProcess> = [];
  private readonly profiles: Array<string> = [];
  /** Where engines of this world connect: the relay, or a proxy in front of it. */
  relayUrl: string;

  private constructor(
    readonly dir: string,
    readonly relay: RelayProcess,
  ) {
    this.relayUrl = relay.url;
  }

  static async create(): Promise<FaultWorld> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-faults-'));
    return new FaultWorld(dir, await RelayProcess.start(path.join(dir, 'relay')));
  }

  /** Deletes this keychain entry when the world is cleaned up (a session names its own from its folder). */
  forgetKeyOf(profileId: string): void {
    this.profiles.push(profileId);
  }

  private profile(name: string): string {
    const id = `fault-${name}-${randomUUID().slice(0, 8)}`;
    this.profiles.push(id);
    return id;
  }

  private async openStore(name: string, profileId: string): Promise<Store> {
    const store = await openEncryptedStore({ dataDir: path.join(this.dir, name), keyStore: this.keyStore, profileId });
    this.stores.push(store);
    return store;
  }

  async registerPhone(handle: string): Promise<Phone> {
    const store = await this.openStore(handle, this.profile(handle));
    const engine = await registerPrimary({ store, relayUrl: this.relayUrl, handle });
    this.engines.push(engine);
    engine.start();
    return { engine, store };
  }

  /** Links a desktop to `phone` through the real provisioning flow, then leaves it closed for a process to run. */
  async linkDesktop(phone: Phone, name: string): Promise<DeviceConfig> {
    const profileId = this.profile(name);
    const store = await this.openStore(name, profileId);
    const pending = await beginLinking(this.relayUrl);
    await phone.engine.devices.provision(pending.url, { history: false });
    await completeLinking({ store, relayUrl: this.relayUrl, inherited: await pending.inherited, deviceName: name });
    store.close();
    return { dataDir: path.join(this.dir, name), profileId, relayUrl: this.relayUrl };
  }

  async startDevice(config: DeviceConfig): Promise<DeviceProcess> {
    const device = await DeviceProcess.start(config);
    this.devices.push(device);
    return device;
  }

  /** Envelopes the relay still holds for one device (read from its database file, as the relay runs). */
  queuedFor(accountId: string, deviceId: number): number {
    const db = new Database(path.join(this.relay.dataDir, 'relay.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT count(*) AS queued FROM messages WHERE account_id = ? AND device_id = ?').get(accountId, deviceId) as { queued: number };
      return row.queued;
    } finally {
      db.close();
    }
  }

  async cleanup(): Promise<void> {
    for (const device of this.devices) await device.kill().catch(() => undefined);
    for (const engine of this.engines) await engine.stop().catch(() => undefined);
    for (const store of this.stores) {
      try {
        store.close();
      } catch {
        // Closed already.
      }
    }
    await this.relay.kill();
    for (const profile of this.profiles) await this.keyStore.deleteDatabaseKey(profile).catch(() => undefined);
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** What an in-process phone holds, in the shape a device process reports. */
export function reportOf(phone: Phone): DeviceReport {
  return reportEngine(phone.engine);
}

/** Text messages from `sender` with a body starting with `prefix`, as sorted bodies, and how many repeat. */
export function tally(
  report: DeviceReport,
  sender: string,
  prefix: string,
): { readonly bodies: ReadonlyArray<string>; readonly duplicates: number } {
  const sentAts = new Set<number>();
  const bodies = new Set<string>();
  let duplicates = 0;
  for (const message of report.messages) {
    if (message.sender !== sender || message.kind !== 'text' || !message.body?.startsWith(prefix)) continue;
    // A duplicate is a second row for the same message, whichever way it is named.
    if (sentAts.has(message.sentAt) || bodies.has(message.body)) duplicates++;
    sentAts.add(message.sentAt);
    bodies.add(message.body);
  }
  return { bodies: [...bodies].sort(), duplicates };
}

export function numbered(prefix: string, count: number): Array<string> {
  return Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(4, '0')}`);
}

/**
 * Polls `check` until it holds or `timeoutMs` passes (devices in other processes converge
 * through retries, with no single event to await). The caller's assertions then say what
 * is missing, rather than a bare timeout.
 */
export async function settle(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await check()) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Lost and duplicated messages of `expected` from `sender` on one device. */
export function losses(report: DeviceReport, sender: string, prefix: string, expected: ReadonlyArray<string>): { lost: number; duplicates: number } {
  const { bodies, duplicates } = tally(report, sender, prefix);
  const have = new Set(bodies);
  return { lost: expected.filter((body) => !have.has(body)).length, duplicates };
}

/**
 * Every file under `folder` (recursively) with its SHA-256, but the WAL and its index:
 * they change on every open, and what they hold is in the database after a clean close.
 */
export async function fileHashes(folder: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await fs.readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith('-shm') || entry.name.endsWith('-wal')) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(folder, file)] = createHash('sha256').update(await fs.readFile(file)).digest('hex');
  }
  return hashes;
}
