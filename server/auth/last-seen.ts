/**
 * Records when a device was last seen, at most once per interval per device: a write per
 * request would cost more than the information is worth (Signal keeps it to the day).
 */
import type { Logger } from 'pino';
import type { DeviceStore } from '../store/types';
import type { AuthenticatedDevice } from './authenticator';

export class LastSeenRecorder {
  private readonly recorded = new Map<string, number>();

  constructor(
    private readonly store: Pick<DeviceStore, 'touchDevice'>,
    private readonly clock: () => number,
    private readonly logger: Logger,
    private readonly intervalMs = 60 * 60 * 1000,
  ) {}

  record(device: AuthenticatedDevice): void {
    const key = `${device.accountId}.${String(device.deviceId)}`;
    const now = this.clock();
    const last = this.recorded.get(key);
    if (last !== undefined && now - last < this.intervalMs) return;
    this.recorded.set(key, now);
    this.store.touchDevice(device.accountId, device.deviceId, now).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'could not record last seen');
    });
  }

  /** Forgets devices not seen for an interval (their next call records again). */
  sweep(): void {
    const now = this.clock();
    for (const [key, at] of this.recorded) if (now - at >= this.intervalMs) this.recorded.delete(key);
  }
}
