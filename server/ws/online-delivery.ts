/**
 * Pushes online-only envelopes down one device socket as they are published, with the
 * same request (PUT deliver, timestamp header) as queued delivery, so the device handles
 * both alike, plus `x-parley-online:true` so it knows not to remember the envelope for
 * dropping redeliveries: there are none. The device's answer deletes nothing: there is
 * nothing stored to delete, and an envelope that was not acknowledged is not sent again.
 */
import type { Logger } from 'pino';
import { DeviceSocketPaths, ONLINE_DELIVERY_HEADER } from '../../shared/relay-api';
import type { AuthenticatedDevice } from '../auth/authenticator';
import type { OnlineEnvelope, OnlineMessageRouter } from '../services/online-router';
import type { DeliveryChannel } from './delivery';

export interface OnlineDeliveryOptions {
  /** Unanswered online envelopes a socket may hold; more are dropped (best effort). */
  readonly window: number;
  readonly logger: Logger;
}

export class OnlineDeliverySession {
  private inFlight = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly router: OnlineMessageRouter,
    private readonly connection: Pick<DeliveryChannel, 'request' | 'onClose'>,
    private readonly device: AuthenticatedDevice,
    private readonly options: OnlineDeliveryOptions,
  ) {}

  start(): void {
    this.unsubscribe = this.router.subscribe(this.device.accountId, this.device.deviceId, (envelope) => {
      this.push(envelope);
    });
    this.connection.onClose(() => {
      this.stop();
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private push(entry: OnlineEnvelope): void {
    // A device that stops answering must not make the relay buffer a sender's flood for it.
    if (this.inFlight >= this.options.window) {
      this.options.logger.debug({ event: 'online-dropped' }, 'online envelope dropped: too many unanswered');
      return;
    }
    this.inFlight += 1;
    this.connection
      .request('PUT', DeviceSocketPaths.deliver, entry.envelope, [
        `x-signal-timestamp:${String(entry.serverTimestamp)}`,
        `${ONLINE_DELIVERY_HEADER}:true`,
      ])
      .catch((error: unknown) => {
        this.options.logger.debug({ err: { message: error instanceof Error ? error.message : 'unknown' } }, 'online envelope not acknowledged');
      })
      .finally(() => {
        this.inFlight -= 1;
      });
  }
}
