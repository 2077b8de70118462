/**
 * This desktop's one account, from first run to unlink: opens the encrypted store,
 * shows rotating linking codes while there is no account, joins the account when a
 * phone answers, runs the engine while linked, and wipes itself only when the user
 * confirms an unlink. A relay that refuses this desktop never deletes anything: a
 * proven removal shows `unlinked-by-phone`, anything less `relay-unknown` (issue 10).
 * The IPC handlers for `link` and `chats` are thin views over it.
 *
 * Keys stay here and in the engine: what leaves is the linking URL (public by design),
 * states, reasons and message views.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { HistoryProblem, LinkProblem, LinkState } from '../../../shared/ipc/link';
import type { Engine } from '../../../engine/engine';
import { createEngine } from '../../../engine/compose';
import { Emitter } from '../../../engine/kernel/emitter';
import type { Disposer } from '../../../engine/kernel/emitter';
import { folderProfileId } from '../../../engine/keychain';
import type { KeyStore } from '../../../engine/keychain';
import { beginLinking, completeLinking } from '../../../engine/linking/provisioning';
import { HistoryFormatError, HistorySyncCancelledError, importHistory } from '../../../engine/linking/history';
import { AttachmentIntegrityError } from '../../../engine/crypto/errors';
import { RelayHttpClient } from '../../../engine/relay-client/http';
import type { HistoryPointerFields } from '../../../shared/proto';
import type { InheritedAccount, PendingLink } from '../../../engine/linking/provisioning';
import { ProvisioningFormatError, ProvisioningMacError } from '../../../engine/crypto/errors';
import { Mutex } from '../../../engine/mutex';
import { ProvisioningExpiredError, SocketClosedError } from '../../../engine/relay-client/socket';
import type { DeviceConnectionState } from '../../../engine/relay-client/socket';
import { databaseFiles, hasDatabase, openEncryptedStore, openEncryptedStoreCheckingPages, prepareDatabaseKey, wipeStore } from '../../../engine/store';
import type { Store, StorageFailureCode } from '../../../engine/store';
import type { Logger } from '../logger';
import { linkAttemptProblemOf, storageProblemOf } from './link-problems';

export interface DesktopSessionOptions {
  /** The host's data folder; the database lives in its `account/` subfolder. */
  readonly dataDir: string;
  readonly relayUrl: string;
  readonly keyStore: KeyStore;
  /** Proposed before the user edits it (the OS host name). */
  readonly defaultDeviceName: string;
  readonly log: Logger;
  /** A fresh code replaces the shown one this often; the relay drops an idle address after ~90 s. */
  readonly rotateAfterMs?: number;
  /** Codes shown without a scan before the desktop stops and offers "Try again". */
  readonly maxRotations?: number;
  readonly now?: () => number;
}

export interface DesktopSessionEvents extends Record<string, unknown> {
  state: LinkState;
  /** The engine started (linked) or stopped (undefined): handlers subscribe to the running one. */
  engine: Engine | undefined;
}

/** Everything `LinkState` carries besides the shared `deviceName`. */
type LinkPhase = LinkState extends infer S ? (S extends LinkState ? Omit<S, 'deviceName'> : never) : never;

const defaultRotateAfterMs = 60_000;
const defaultMaxRotations = 5;

/**
 * One keychain entry per data folder: two desktops on one machine (or a test next to
 * a real install) must never share, or unlinking one would delete the other's key.
 */
export function profileIdFor(dataDir: string): string {
  return folderProfileId('desktop', dataDir);
}

export class DesktopSession {
  readonly events = new Emitter<DesktopSessionEvents>();
  private readonly accountDir: string;
  private readonly profileId: string;
  private readonly deviceNameFile: string;
  private readonly rotateAfterMs: number;
  private readonly maxRotations: number;
  private readonly now: () => number;
  /** Store and engine changes happen one at a time (open, link, unlink, wipe). */
  private readonly lifecycle = new Mutex();
  private phase: LinkPhase = { kind: 'opening' };
  private deviceName: string;
  private store: Store | undefined;
  private engineInstance: Engine | undefined;
  private engineDisposers: Array<Disposer> = [];
  private pending: PendingLink | undefined;
  /** The linked phase a `relay-unknown` interrupted, restored when the relay accepts this desktop again. */
  private linkedPhase: Extract<LinkPhase, { kind: 'linked' }> | undefined;
  private rotationTimer: NodeJS.Timeout | undefined;
  /** Bumped whenever provisioning restarts or stops, so late answers of an old code are ignored. */
  private generation = 0;
  private closed = false;

  constructor(private readonly options: DesktopSessionOptions) {
    this.accountDir = path.join(options.dataDir, 'account');
    this.profileId = profileIdFor(options.dataDir);
    this.deviceNameFile = path.join(options.dataDir, 'device.json');
    this.rotateAfterMs = options.rotateAfterMs ?? defaultRotateAfterMs;
    this.maxRotations = options.maxRotations ?? defaultMaxRotations;
    this.now = options.now ?? Date.now;
    this.deviceName = options.defaultDeviceName.slice(0, 50);
  }

  get state(): LinkState {
    return { ...this.phase, deviceName: this.deviceName };
  }

  /** The running engine while linked, else undefined. */
  get engine(): Engine | undefined {
    return this.engineInstance;
  }

  on<K extends keyof DesktopSessionEvents>(event: K, listener: (payload: DesktopSessionEvents[K]) => void): Disposer {
    return this.events.on(event, listener);
  }

  /** Opens the store and either starts the engine (linked) or shows a code. */
  async initialize(): Promise<LinkState> {
    this.deviceName = (await this.readDeviceName()) ?? this.deviceName;
    await this.lifecycle.runExclusive(() => this.openAndResume());
    return this.state;
  }

  /**
   * "Try again": reopens a store that failed to open, or shows a fresh code. A desktop
   * that holds an account never shows a code over it: in `relay-unknown` this asks the
   * relay again, and a desktop the phone unlinked must first delete its data (`unlink`).
   */
  async start(): Promise<LinkState> {
    await this.lifecycle.runExclusive(async () => {
      if (this.closed || this.phase.kind === 'linked' || this.phase.kind === 'linking') return;
      if (this.phase.kind === 'relay-unknown') {
        this.engineInstance?.retryConnection();
        return;
      }
      if (this.phase.kind === 'unlinked-by-phone') return;
      if (this.store === undefined) {
        await this.openAndResume();
        return;
      }
      if (this.store.getAccount() !== undefined) return;
      this.startProvisioning();
    });
    return this.state;
  }

  cancel(): LinkState {
    if (this.isProvisioning()) {
      this.stopProvisioning();
      this.setPhase({ kind: 'not-linked' });
    }
    return this.state;
  }

  async setDeviceName(name: string): Promise<LinkState> {
    this.deviceName = name.trim().slice(0, 50);
    await this.writeDeviceName();
    this.emitState();
    return this.state;
  }

  /** Wipes the local database and its keychain entry, then shows a fresh code. */
  async unlink(): Promise<LinkState> {
    await this.lifecycle.runExclusive(async () => {
      this.stopProvisioning();
      const engine = this.engineInstance;
      if (engine !== undefined) {
        // Tell the relay first so the phone's device list drops this desktop; if the relay
        // is out of reach the local wipe still happens and the phone can remove it later.
        const deviceId = engine.account.deviceId;
        await withTimeout(engine.devices.remove(deviceId), 5_000).catch((error: unknown) => {
          this.options.log.warn({ err: describe(error) }, 'could not tell the relay about the unlink');
        });
      }
      await this.wipe();
      await this.openAndResume();
    });
    return this.state;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopProvisioning();
    await this.lifecycle.runExclusive(async () => {
      await this.stopEngine();
      this.store?.close();
      this.store = undefined;
    });
  }

  // --- store and engine -------------------------------------------------------------

  /**
   * Opens the database if there is one; a desktop that never linked has none and only
   * makes sure the keychain can hold its key: the file is created when a phone answers,
   * so "a database exists" means "there is something to keep".
   */
  private async openAndResume(): Promise<void> {
    if (this.closed) return;
    this.setPhase({ kind: 'opening' });
    let account: ReturnType<Store['getAccount']>;
    // The pages of an existing database are checked on a worker thread meanwhile; the
    // engine receives and sends only once they passed (startEngine).
    let pagesChecked = Promise.resolve();
    try {
      if (this.store === undefined) {
        if (await hasDatabase(this.accountDir)) {
          const opened = await openEncryptedStoreCheckingPages(this.storeLocation());
          this.store = opened.store;
          pagesChecked = opened.pagesChecked;
        }
        else await prepareDatabaseKey(this.storeLocation());
      }
      // Inside the try: the first real query can be what meets a damaged page.
      account = this.store?.getAccount();
    } catch (error) {
      // Never start over with an empty database: say what is wrong and let the user act.
      this.options.log.error({ err: describe(error) }, 'the encrypted store could not be opened');
      this.closeStore();
      await this.fail(storageProblemOf(error));
      return;
    }
    if (this.store === undefined || account === undefined) {
      this.startProvisioning();
      return;
    }
    try {
      // Building the engine reads the store: with the page check still running on its
      // thread, this can be what meets a damaged page first.
      this.startEngine(this.store, pagesChecked);
    } catch (error) {
      this.options.log.error({ err: describe(error) }, 'the engine could not be built over the store');
      await this.stopEngine();
      this.closeStore();
      await this.fail(storageProblemOf(error));
      return;
    }
    this.setPhase({ kind: 'linked', deviceId: account.deviceId, handle: account.handle });
  }

  private storeLocation(): { readonly dataDir: string; readonly keyStore: KeyStore; readonly profileId: string } {
    return { dataDir: this.accountDir, keyStore: this.options.keyStore, profileId: this.profileId };
  }

  private openStore(): Promise<Store> {
    return openEncryptedStore(this.storeLocation());
  }

  private closeStore(): void {
    const store = this.store;
    this.store = undefined;
    try {
      store?.close();
    } catch (error) {
      this.options.log.warn({ err: describe(error) }, 'closing the store failed');
    }
  }

  /**
   * Builds the engine at once (its views serve the chats) but starts it (connects,
   * acknowledges, sends) only when `pagesChecked` resolves; a damaged page found by the
   * check stops it and shows the typed problem, as a failure while running does.
   */
  private startEngine(store: Store, pagesChecked: Promise<void> = Promise.resolve()): void {
    const engine = createEngine({ store, relayUrl: this.options.relayUrl, logger: this.options.log });
    this.engineInstance = engine;
    this.engineDisposers = [
      engine.on('connection', (connection) => {
        this.onConnection(engine, connection);
      }),
      engine.on('storageFailed', ({ code }) => {
        this.onStorageFailed(engine, code);
      }),
    ];
    this.events.emit('engine', engine);
    pagesChecked.then(
      () => {
        if (engine === this.engineInstance && !this.closed) engine.start();
      },
      (error: unknown) => {
        this.onPageCheckFailed(engine, error);
      },
    );
  }

  /** The check of every page, run while the chats were already on screen, found damage. */
  private onPageCheckFailed(engine: Engine, error: unknown): void {
    if (engine !== this.engineInstance) return;
    this.options.log.error({ err: describe(error) }, 'the database failed its page check; the engine was never started');
    this.lifecycle
      .runExclusive(async () => {
        if (engine !== this.engineInstance) return;
        await this.stopEngine();
        this.closeStore();
        await this.fail(storageProblemOf(error));
      })
      .catch((failure: unknown) => {
        this.options.log.error({ err: describe(failure) }, 'stopping after a failed page check failed');
      });
  }

  /**
   * The database failed underneath the running engine (which has stopped acknowledging):
   * stop it, close the file without touching it further, and show the typed problem.
   * Every file stays; "Try again" reopens, and the check at open says whether it holds.
   */
  private onStorageFailed(engine: Engine, code: StorageFailureCode): void {
    if (engine !== this.engineInstance) return;
    this.options.log.error({ code }, 'the database failed while running; the engine is stopped');
    this.lifecycle
      .runExclusive(async () => {
        if (engine !== this.engineInstance) return;
        await this.stopEngine();
        this.closeStore();
        await this.fail({ code });
      })
      .catch((error: unknown) => {
        this.options.log.error({ err: describe(error) }, 'stopping after a storage failure failed');
      });
  }

  /**
   * What the relay's answer means for this desktop. Nothing here deletes data: a proven
   * removal stops the engine and asks the user; a refusal without proof keeps the engine
   * trying and says the relay does not recognise this desktop; a socket that opens again
   * brings the chats back.
   */
  private onConnection(engine: Engine, connection: DeviceConnectionState): void {
    if (engine !== this.engineInstance) return;
    switch (connection.kind) {
      case 'removed':
        this.options.log.warn('the relay proved this desktop was removed from the account; waiting for the user before deleting anything');
        this.lifecycle
          .runExclusive(async () => {
            if (engine !== this.engineInstance) return;
            // Nothing more to send or receive as this device; the store stays open and intact.
            await this.stopEngine();
            this.setPhase({ kind: 'unlinked-by-phone', removedAt: connection.removedAt });
          })
          .catch((error: unknown) => {
            this.options.log.error({ err: describe(error) }, 'stopping the engine of a removed desktop failed');
            this.setPhase({ kind: 'unlinked-by-phone', removedAt: connection.removedAt });
          });
        return;
      case 'unknown-to-relay': {
        if (this.phase.kind !== 'linked' && this.phase.kind !== 'relay-unknown') return;
        if (this.phase.kind === 'linked') {
          this.options.log.warn({ reason: connection.reason }, 'the relay does not recognise this desktop; keeping every file and retrying');
          this.linkedPhase = this.phase;
        }
        const account = engine.account;
        this.setPhase({
          kind: 'relay-unknown',
          deviceId: account.deviceId,
          handle: account.handle,
          reason: connection.reason,
          retryAt: connection.retryAt,
        });
        return;
      }
      case 'open':
        if (this.phase.kind === 'relay-unknown') {
          this.options.log.info('the relay recognises this desktop again');
          const account = engine.account;
          const linked = this.linkedPhase ?? { kind: 'linked', deviceId: account.deviceId, handle: account.handle };
          this.linkedPhase = undefined;
          this.setPhase(linked);
        }
        return;
      case 'connecting':
      case 'waiting':
      case 'displaced':
      case 'stopped':
        return;
    }
  }

  private async stopEngine(): Promise<void> {
    const engine = this.engineInstance;
    this.engineInstance = undefined;
    for (const dispose of this.engineDisposers) dispose();
    this.engineDisposers = [];
    if (engine !== undefined) this.events.emit('engine', undefined);
    await engine?.stop();
  }

  /** Stops the engine and deletes the database files and the keychain entry. */
  private async wipe(): Promise<void> {
    await this.stopEngine();
    const store = this.store;
    this.store = undefined;
    await wipeStore({
      dataDir: this.accountDir,
      keyStore: this.options.keyStore,
      profileId: this.profileId,
      ...(store === undefined ? {} : { store }),
    });
    // The encrypted attachment files go with the database that held their keys.
    await fs.rm(path.join(this.accountDir, 'attachments'), { recursive: true, force: true });
  }

  // --- provisioning -----------------------------------------------------------------

  private isProvisioning(): boolean {
    const kind = this.phase.kind;
    return kind === 'connecting' || kind === 'showing-code' || kind === 'relay-unreachable' || kind === 'expired';
  }

  private startProvisioning(): void {
    this.stopProvisioning();
    this.setPhase({ kind: 'connecting' });
    this.showCode(1, ++this.generation);
  }

  private stopProvisioning(): void {
    this.generation++;
    clearTimeout(this.rotationTimer);
    this.rotationTimer = undefined;
    this.pending?.cancel();
    this.pending = undefined;
  }

  /** Asks the relay for an address; the previous code stays valid until the new one is up. */
  private showCode(rotation: number, generation: number): void {
    beginLinking(this.options.relayUrl).then(
      (pending) => {
        if (generation !== this.generation || this.closed) {
          pending.cancel();
          return;
        }
        this.pending?.cancel();
        this.pending = pending;
        this.setPhase({
          kind: 'showing-code',
          url: pending.url,
          expiresAt: this.now() + this.rotateAfterMs,
          rotation,
          maxRotations: this.maxRotations,
        });
        this.rotationTimer = setTimeout(() => {
          this.rotate(rotation, generation);
        }, this.rotateAfterMs);
        this.rotationTimer.unref();
        pending.inherited.then(
          (inherited) => {
            this.onInherited(pending, generation, inherited);
          },
          (error: unknown) => {
            this.onProvisioningError(pending, rotation, generation, error);
          },
        );
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.options.log.warn({ err: describe(error) }, 'could not open a provisioning socket');
        this.setPhase({ kind: 'relay-unreachable', problem: relayProblem(error, this.options.relayUrl) });
      },
    );
  }

  private rotate(rotation: number, generation: number): void {
    if (generation !== this.generation) return;
    if (rotation >= this.maxRotations) {
      this.stopProvisioning();
      this.setPhase({ kind: 'expired' });
      return;
    }
    this.showCode(rotation + 1, generation);
  }

  private onProvisioningError(pending: PendingLink, rotation: number, generation: number, error: unknown): void {
    // A replaced code's socket closes on purpose; only the current one matters.
    if (generation !== this.generation || pending !== this.pending) return;
    if (error instanceof ProvisioningExpiredError) {
      clearTimeout(this.rotationTimer);
      this.rotate(rotation, generation);
      return;
    }
    if (error instanceof ProvisioningMacError || error instanceof ProvisioningFormatError) {
      this.stopProvisioning();
      this.options.log.warn({ err: describe(error) }, 'refused a linking message');
      this.setPhase(this.failedPhase(linkAttemptProblemOf(error), false));
      return;
    }
    this.stopProvisioning();
    this.setPhase({ kind: 'relay-unreachable', problem: relayProblem(error, this.options.relayUrl) });
  }

  private onInherited(pending: PendingLink, generation: number, inherited: InheritedAccount): void {
    if (generation !== this.generation || pending !== this.pending) return;
    this.stopProvisioning();
    this.setPhase({ kind: 'linking' });
    this.lifecycle
      .runExclusive(async () => {
        if (this.closed) return;
        let store: Store;
        try {
          // A desktop that never linked has no database yet: this is where it is created.
          store = this.store ??= await this.openStore();
        } catch (error) {
          this.options.log.error({ err: describe(error) }, 'the encrypted store could not be created for linking');
          await this.fail(storageProblemOf(error));
          return;
        }
        try {
          const created = await completeLinking({
            store,
            relayUrl: this.options.relayUrl,
            inherited,
            deviceName: this.deviceName,
          });
          const historyProblem = inherited.history === undefined ? undefined : await this.syncHistory(store, inherited.history);
          this.startEngine(store);
          this.setPhase({
            kind: 'linked',
            deviceId: created.deviceId,
            handle: inherited.handle,
            ...(historyProblem === undefined ? {} : { historyProblem }),
          });
        } catch (error) {
          this.options.log.warn({ err: describe(error) }, 'joining the account failed');
          // completeLinking may have stored pre-keys before the relay refused: the database
          // holds no account, so it goes, and a second attempt meets what the first one did.
          await this.wipe();
          await this.fail(linkAttemptProblemOf(error));
        }
      })
      .catch(async (error: unknown) => {
        this.options.log.error({ err: describe(error) }, 'cleaning up after a failed link failed');
        await this.fail(storageProblemOf(error));
      });
  }

  private historyAbort: AbortController | undefined;

  /**
   * Imports the history bundle the phone pointed to, showing bytes and items as they
   * arrive. Returns why it could not be used (the link itself stands either way); the
   * renderer words it. Recent media follow on their own once the engine runs.
   */
  private async syncHistory(store: Store, pointer: HistoryPointerFields): Promise<HistoryProblem | undefined> {
    const abort = new AbortController();
    this.historyAbort = abort;
    const relay = new RelayHttpClient(this.options.relayUrl);
    try {
      await importHistory(store, relay, pointer, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (progress.phase === 'done') return;
          this.setPhase({
            kind: 'syncing',
            phase: progress.phase,
            receivedBytes: progress.receivedBytes,
            totalBytes: progress.totalBytes,
            conversations: progress.conversations,
            importedConversations: progress.importedConversations,
            messages: progress.messages,
            importedMessages: progress.importedMessages,
            attachments: progress.attachments,
            importedAttachments: progress.importedAttachments,
          });
        },
      });
      return undefined;
    } catch (error) {
      if (error instanceof HistorySyncCancelledError) return undefined;
      this.options.log.warn({ err: describe(error) }, 'history sync failed');
      if (error instanceof AttachmentIntegrityError) return 'integrity';
      if (error instanceof HistoryFormatError) return 'format';
      return 'download';
    } finally {
      this.historyAbort = undefined;
    }
  }

  cancelHistorySync(): LinkState {
    this.historyAbort?.abort();
    return this.state;
  }

  /** Shows `problem`, with whether files exist that a fix could bring back. */
  private async fail(problem: LinkProblem): Promise<void> {
    const files = databaseFiles(this.accountDir);
    const exists = (file: string): Promise<boolean> =>
      fs.stat(file).then(
        () => true,
        () => false,
      );
    const [database, wal] = await Promise.all([exists(files.database), exists(files.wal)]);
    this.setPhase(this.failedPhase(problem, database || wal));
  }

  private failedPhase(problem: LinkProblem, hasLocalData: boolean): LinkPhase {
    return { kind: 'failed', problem, hasLocalData, dataDir: this.accountDir };
  }

  // --- state and the device name ------------------------------------------------------

  private setPhase(phase: LinkPhase): void {
    this.phase = phase;
    this.emitState();
  }

  private emitState(): void {
    this.events.emit('state', this.state);
  }

  private async readDeviceName(): Promise<string | undefined> {
    try {
      const parsed = JSON.parse(await fs.readFile(this.deviceNameFile, 'utf8')) as unknown;
      if (typeof parsed === 'object' && parsed !== null && 'deviceName' in parsed && typeof parsed.deviceName === 'string') {
        const name = parsed.deviceName.trim();
        if (name.length > 0 && name.length <= 50) return name;
      }
    } catch {
      // No name chosen yet (or an unreadable file): the default applies.
    }
    return undefined;
  }

  private async writeDeviceName(): Promise<void> {
    await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    const temporary = `${this.deviceNameFile}.${String(process.pid)}.tmp`;
    await fs.writeFile(temporary, `${JSON.stringify({ deviceName: this.deviceName })}\n`, { mode: 0o600 });
    await fs.rename(temporary, this.deviceNameFile);
  }
}

function relayProblem(error: unknown, relayUrl: string): string {
  if (error instanceof SocketClosedError) return `The relay at ${relayUrl} closed the connection.`;
  return `The relay at ${relayUrl} cannot be reached.`;
}

/** Error name and message for the log; never the object itself, which may hold key bytes. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`no answer within ${String(ms)} ms`));
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
