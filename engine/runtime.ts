/**
 * The engine's running state: the relay connection, the receive path behind the storage
 * check, and what starts and stops with it (outbox, history media, attachments, key
 * maintenance). The facade's lifecycle methods are this.
 */
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { refillPreKeysIfLow, rotateSignedKeysIfDue } from './account/keys';
import type { AttachmentService } from './attachments/types';
import type { Emitter } from './kernel/emitter';
import type { EngineLogger } from './kernel/logger';
import { inBackground } from './kernel/logger';
import type { Scheduler } from './kernel/scheduler';
import type { StorageGuard } from './kernel/storage-guard';
import type { HistoryMediaReceiver } from './linking/history-media';
import type { OutboxRunner } from './messaging/outbox';
import type { Transport } from './messaging/transport';
import type { ReceivePipeline } from './pipeline/receiver';
import type { RelayHttpClient } from './relay-client/http';
import { DeviceConnection, queuedDelivery } from './relay-client/socket';
import type { DeviceConnectionState, EnvelopeDelivery } from './relay-client/socket';
import type { LocalAccount, Store } from './store';
import type { EngineEvents } from './events';

export interface RuntimeOptions {
  readonly store: Store;
  readonly relayUrl: string;
  readonly relay: RelayHttpClient;
  readonly account: () => LocalAccount;
  readonly now: () => number;
  readonly scheduler: Scheduler;
  readonly log: EngineLogger;
  readonly events: Emitter<EngineEvents>;
  readonly guard: StorageGuard;
  readonly receiver: ReceivePipeline;
  readonly outbox: OutboxRunner;
  readonly transport: Transport;
  readonly historyMedia: HistoryMediaReceiver;
  readonly attachments: AttachmentService;
  /** Store work of modules at start (uploads that were in flight) and at stop (gathered receipts). */
  readonly onStart: () => void;
  readonly onStop: () => void;
}

export class EngineRuntime {
  private connection: DeviceConnection | undefined;

  constructor(private readonly options: RuntimeOptions) {
    options.guard.onFailure((code) => {
      const connection = this.connection;
      this.connection = undefined;
      if (connection !== undefined) inBackground(options.log, 'connection-stop-failed', connection.stop());
      options.log.warn({ event: 'storage-failed', code }, 'storage failed; receiving and sending stopped');
      options.events.emit('storageFailed', { code });
    });
  }

  get connectionState(): DeviceConnectionState {
    return this.connection?.state ?? { kind: 'stopped' };
  }

  start(): void {
    const { guard, outbox, events, log } = this.options;
    if (this.connection !== undefined || guard.failed !== undefined) return;
    if (!guard.run(this.options.onStart)) return;
    outbox.resume();
    this.options.historyMedia.start();
    const account = this.options.account();
    this.connection = new DeviceConnection({
      relayUrl: this.options.relayUrl,
      authorization: () => this.options.relay.authorization,
      self: { accountId: account.accountId, deviceId: account.deviceId },
      scheduler: this.options.scheduler,
      // Read, never fetched here: a removal is only proven against a root pinned earlier.
      trustRoot: () => this.options.store.getItem('relayTrustRoot'),
      onEnvelope: (envelope, delivery) => this.receive(envelope, delivery),
      onQueueEmpty: () => {
        events.emit('queueEmpty', undefined);
      },
      onStateChange: (state) => {
        events.emit('connection', state);
        if (state.kind === 'open') {
          outbox.kick();
          inBackground(log, 'key-maintenance-failed', () => this.maintainKeys());
        }
      },
    });
    this.connection.start();
  }

  retryConnection(): void {
    this.connection?.retryNow();
  }

  async stop(): Promise<void> {
    this.options.guard.run(this.options.onStop);
    const connection = this.connection;
    this.connection = undefined;
    await Promise.all([connection?.stop(), this.options.outbox.stop()]);
    // A message still being received while the connection closed may have queued a receipt
    // (and its timer) since: flushed into the outbox now, while the store is surely open.
    this.options.guard.run(this.options.onStop);
    await this.options.historyMedia.stop();
    await this.options.attachments.close();
  }

  /**
   * The receive pipeline behind the storage check: after a storage failure nothing is
   * committed, so nothing may be acknowledged (a rejection leaves the envelope queued).
   */
  async receive(envelope: Uint8Array, delivery: EnvelopeDelivery = queuedDelivery): Promise<void> {
    const { guard, receiver } = this.options;
    guard.check();
    try {
      await receiver.handle(envelope, delivery);
    } catch (error) {
      guard.observe(error);
    }
  }

  private async maintainKeys(): Promise<void> {
    const { relay, store } = this.options;
    await this.options.transport.trustRoot();
    const identity = IdentityKeyPair.deserialize(this.options.account().identityKeyPair);
    await refillPreKeysIfLow(relay, store, identity);
    await rotateSignedKeysIfDue(relay, store, identity, this.options.now());
  }
}
