/**
 * Pushes one device's queue down its socket: oldest first, up to `window` envelopes
 * awaiting acknowledgement at once. An envelope is deleted only after the device answered
 * its request with a 2xx; anything else leaves it queued for the next connection. Once
 * the backlog present at connect time is delivered and acknowledged, the device gets one
 * "queue empty" request.
 */
import type { Logger } from 'pino';
import { DeviceSocketPaths } from '../../shared/relay-api';
import type { AuthenticatedDevice } from '../auth/authenticator';
import type { MessageNotifier } from '../services/message-notifier';
import type { QueueStore, QueuedEnvelope } from '../store/types';
import type { Connection } from './connection';

/** The part of a Connection delivery uses (tests pass a fake). */
export type DeliveryChannel = Pick<Connection, 'request' | 'notify' | 'onClose' | 'close'>;

export interface DeliveryOptions {
  readonly window: number;
  readonly clock: () => number;
  readonly logger: Logger;
}

export class DeliverySession {
  /** Last queue position pushed on this connection; later reads start after it. */
  private cursor = 0;
  private inFlight = 0;
  private pumping = false;
  private pumpAgain = false;
  private scheduled = false;
  private queueEmptySent = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly queues: QueueStore,
    private readonly notifier: MessageNotifier,
    private readonly connection: DeliveryChannel,
    private readonly device: AuthenticatedDevice,
    private readonly options: DeliveryOptions,
  ) {}

  start(): void {
    this.unsubscribe = this.notifier.subscribe(this.device.accountId, this.device.deviceId, () => {
      this.schedule();
    });
    this.connection.onClose(() => {
      this.stop();
    });
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Runs the pump on the next turn of the event loop, or once more after the current run
   * (never two at once). Deferring coalesces the many acknowledgements and notifications
   * of one turn into one queue read.
   */
  private schedule(): void {
    if (this.stopped || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.stopped) return;
      if (this.pumping) {
        this.pumpAgain = true;
        return;
      }
      this.pump().catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'delivery failed; closing the socket so the device reconnects');
        this.connection.close(1011, 'internal error');
      });
    });
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      do {
        this.takeRerunRequest();
        let exhausted = false;
        while (!this.stopped && this.inFlight < this.options.window) {
          const batch = await this.queues.readQueue(this.device.accountId, this.device.deviceId, {
            afterCursor: this.cursor,
            limit: this.options.window - this.inFlight,
            now: this.options.clock(),
          });
          for (const entry of batch) this.push(entry);
          if (batch.length === 0) {
            exhausted = true;
            break;
          }
        }
        if (exhausted && this.inFlight === 0 && !this.queueEmptySent && !this.stopped) {
          this.queueEmptySent = true;
          this.connection.notify('PUT', DeviceSocketPaths.queueEmpty, undefined);
        }
      } while (this.rerunRequested() && !this.stopped);
    } finally {
      this.pumping = false;
    }
  }

  /** Reads of `pumpAgain` go through methods: other callbacks set it while `pump` awaits. */
  private rerunRequested(): boolean {
    return this.pumpAgain;
  }

  private takeRerunRequest(): void {
    this.pumpAgain = false;
  }

  private push(entry: QueuedEnvelope): void {
    this.cursor = entry.cursor;
    this.inFlight += 1;
    this.connection
      .request('PUT', DeviceSocketPaths.deliver, entry.envelope, [
        `x-signal-timestamp:${String(entry.serverTimestamp)}`,
      ])
      .then(async (response) => {
        if (response.status >= 200 && response.status < 300) {
          await this.queues.deleteQueued(this.device.accountId, this.device.deviceId, entry.guid);
        }
      })
      .catch((error: unknown) => {
        // Closed or timed out: the envelope stays queued and goes out on the next connection.
        this.options.logger.debug({ err: { message: error instanceof Error ? error.message : 'unknown' } }, 'not acknowledged');
      })
      .finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
  }
}
