/** A business on a real relay: the owner's phone and desktops it links, each a real SQLCipher engine. */
import { once } from 'node:events';
import fs from 'node:fs/promises';
import net from 'node:net';
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
import { UNLIMITED } from '../../../../server/rate-limit';

export class BusinessWorld {
  private readonly engines: Array<Engine> = [];
  private readonly phones: Array<PrimaryDevice> = [];
  readonly keyStore = new InMemoryKeyStore();

  private constructor(
    readonly dir: string,
    readonly relay: Relay,
  ) {}

  /** `unlimited`: no rate limits (a business with twenty customers registers more accounts than one address may per minute). */
  static async create(options: { readonly unlimited?: boolean } = {}): Promise<BusinessWorld> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-business-'));
    const relay = await startRelay({
      host: '127.0.0.1',
      port: 0,
      dataDir: path.join(dir, 'relay'),
      logger: false,
      ...(options.unlimited === true ? { config: { rateLimits: UNLIMITED } } : {}),
    });
    return new BusinessWorld(dir, relay);
  }

  /** A customer: an ordinary personal account on its own phone. */
  async customer(handle: string): Promise<PrimaryDevice> {
    const phone = await PrimaryDevice.register({ dataDir: path.join(this.dir, handle), relayUrl: this.relay.url, keyStore: this.keyStore, profileId: handle, handle });
    this.phones.push(phone);
    await phone.connect();
    return phone;
  }

  async owner(name: string, handle: string): Promise<PrimaryDevice> {
    const phone = await PrimaryDevice.register({ dataDir: path.join(this.dir, handle), relayUrl: this.relay.url, keyStore: this.keyStore, profileId: handle, handle, business: name });
    this.phones.push(phone);
    await phone.connect();
    return phone;
  }

  /**
   * Links a desktop (as an agent when `seat` is given) and starts its engine; `relayUrl`:
   * reach the relay another way (through a `NetworkCut` proxy).
   */
  async desktop(
    owner: PrimaryDevice,
    profile: string,
    seat?: { readonly name: string; readonly role: 'admin' | 'agent' },
    relayUrl = this.relay.url,
  ): Promise<{ engine: Engine; outcome: LinkOutcome }> {
    const pending = await beginLinking(relayUrl);
    const store = await openEncryptedStore({ dataDir: path.join(this.dir, profile), keyStore: this.keyStore, profileId: profile });
    const desktop = pending.inherited.then(async (inherited) => {
      await completeLinking({ store, relayUrl, inherited, deviceName: profile });
      const engine = createEngine({ store, relayUrl });
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

  /** The tables of one device's database (decrypted, through a raw connection) where some value holds `text`. */
  async databaseContains(profile: string, text: string): Promise<Array<string>> {
    const raw = await this.rawDatabase(profile);
    try {
      const tables = raw.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      const needle = Buffer.from(text, 'utf8');
      return tables
        .filter(({ name }) =>
          raw
            .prepare<[], Record<string, unknown>>(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
            .all()
            .some((row) => Object.values(row).some((value) => (typeof value === 'string' ? value.includes(text) : Buffer.isBuffer(value) && value.includes(needle)))),
        )
        .map(({ name }) => name);
    } finally {
      raw.close();
    }
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

/**
 * A TCP proxy in front of the relay that can be cut like a pulled network cable: every
 * connection through it is destroyed and new ones are refused, so a device behind it can
 * say nothing more (not even "offline") while its engine runs on.
 */
export class NetworkCut {
  private constructor(
    private readonly server: net.Server,
    readonly url: string,
    private readonly sockets: Set<net.Socket>,
    private readonly line: { cut: boolean },
  ) {}

  static async start(relayUrl: string): Promise<NetworkCut> {
    const target = new URL(relayUrl);
    const sockets = new Set<net.Socket>();
    const line = { cut: false };
    const server = net.createServer((client) => {
      if (line.cut) {
        client.destroy();
        return;
      }
      const upstream = net.connect(Number(target.port), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    return new NetworkCut(server, `http://127.0.0.1:${String(port)}`, sockets, line);
  }

  cut(): void {
    this.line.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}
