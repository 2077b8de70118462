/** A business on a real relay: the owner's phone and desktops it links, each a real SQLCipher engine. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from '../../../../engine/compose';
import type { Engine } from '../../../../engine/engine';
import { InMemoryKeyStore } from '../../../../engine/keychain';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import { databaseFiles, openDatabase, openEncryptedStore } from '../../../../engine/store';
import type { SqliteDatabase } from '../../../../engine/store/sqlite';
import { storeOf } from '../../../../engine/testing';
import { PrimaryDevice } from '../../../../phone/primary-device';
import type { LinkOutcome } from '../../../../phone/primary-device';
import { encodeContent } from '../../../../engine/messaging/content-codec';
import { signText } from '../../../../engine/modules/inbox/signing';
import { startRelay } from '../../../../server/relay';
import { opText } from '../../../../shared/domain/console/roster';
import type { ConsoleOp } from '../../../../shared/domain/console/state';
import { encodeConsolePayload } from '../../../../shared/domain/console/wire';
import type { Relay } from '../../../../server/relay';

export class BusinessWorld {
  private readonly engines: Array<Engine> = [];
  private readonly phones: Array<PrimaryDevice> = [];
  readonly keyStore = new InMemoryKeyStore();

  private constructor(
    readonly dir: string,
    readonly relay: Relay,
  ) {}

  static async create(): Promise<BusinessWorld> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-business-'));
    const relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
    return new BusinessWorld(dir, relay);
  }

  async owner(name: string, handle: string): Promise<PrimaryDevice> {
    const phone = await PrimaryDevice.register({ dataDir: path.join(this.dir, handle), relayUrl: this.relay.url, keyStore: this.keyStore, profileId: handle, handle, business: name });
    this.phones.push(phone);
    await phone.connect();
    return phone;
  }

  /** Links a desktop (as an agent when `seat` is given) and starts its engine. */
  async desktop(owner: PrimaryDevice, profile: string, seat?: { readonly name: string; readonly role: 'admin' | 'agent' }): Promise<{ engine: Engine; outcome: LinkOutcome }> {
    const pending = await beginLinking(this.relay.url);
    const store = await openEncryptedStore({ dataDir: path.join(this.dir, profile), keyStore: this.keyStore, profileId: profile });
    const desktop = pending.inherited.then(async (inherited) => {
      await completeLinking({ store, relayUrl: this.relay.url, inherited, deviceName: profile });
      const engine = createEngine({ store, relayUrl: this.relay.url });
      this.engines.push(engine);
      engine.start();
      return engine;
    });
    const outcome = await owner.link(pending.url, { waitMs: 30_000, ...(seat === undefined ? {} : { seat }) });
    return { engine: await desktop, outcome };
  }

  /**
   * A second, raw connection to one device's encrypted database (its profile id is its
   * folder's name): what someone holding the file and its key could do behind the app.
   */
  async rawDatabase(profile: string): Promise<SqliteDatabase> {
    const key = await this.keyStore.getDatabaseKey(profile);
    if (key === null) throw new Error(`no key for ${profile}`);
    return openDatabase({ path: databaseFiles(path.join(this.dir, profile)).database, key, mustExist: true });
  }

  /** Whether any file of the relay holds `text`. */
  async relayFilesContain(text: string): Promise<Array<string>> {
    const found: Array<string> = [];
    for (const file of await fs.readdir(path.join(this.dir, 'relay'), { recursive: true })) {
      const full = path.join(this.dir, 'relay', file);
      if ((await fs.stat(full)).isFile() && (await fs.readFile(full)).includes(text)) found.push(file);
    }
    return found;
  }

  async cleanup(): Promise<void> {
    for (const engine of this.engines.splice(0)) {
      await engine.stop();
      storeOf(engine).close();
    }
    for (const phone of this.phones.splice(0)) await phone.close();
    await this.relay.close();
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** The seats every device should agree on, as `device:name:role`. */
export function standingSeats(engine: Engine): Array<string> {
  return engine.inbox
    .roster()
    .filter((entry) => entry.stands && !entry.revoked)
    .map((entry) => `${String(entry.deviceId)}:${entry.name}:${entry.role}`);
}

/**
 * Sends a console op through `carrier`'s outbox to its account's other devices, signed
 * with `privateKey` and shaped by the test: a forgery, or a change the app would refuse.
 */
export function sendSignedOp(carrier: Engine, op: ConsoleOp, privateKey: string): void {
  const signature = signText(Uint8Array.from(Buffer.from(privateKey, 'base64')), opText(op));
  storeOf(carrier).enqueueOutbox({
    kind: 'sync',
    recipients: [carrier.account.accountId],
    messageId: null,
    payload: encodeContent({ syncMessage: { console: { payload: Buffer.from(encodeConsolePayload({ version: 1, ops: [{ op, signature }] })) } } }),
  });
}
