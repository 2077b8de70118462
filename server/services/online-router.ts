/**
 * Routes online-only ("ephemeral") envelopes to the sockets that are connected at that
 * moment; nothing is kept for a device that is not. In process; a relay on several
 * machines would publish these through Redis pub/sub instead (fire and forget, like the
 * in-process map), behind the same interface.
 */
import type { AccountId, DeviceId } from '../../shared/relay-api';

export interface OnlineEnvelope {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly serverTimestamp: number;
  /** A serialized `Envelope`. */
  readonly envelope: Uint8Array;
}

export type OnlineEnvelopeListener = (envelope: OnlineEnvelope) => void;

export interface OnlineMessageRouter {
  /** The listener gets each envelope published for this device while it is subscribed. */
  subscribe(accountId: AccountId, deviceId: DeviceId, listener: OnlineEnvelopeListener): () => void;
  /**
   * Hands the envelope to the device's current listeners, if any, and forgets it.
   * Resolves once it was handed over; a device nobody listens to is not an error.
   */
  publish(envelope: OnlineEnvelope): Promise<void>;
}

export class InProcessOnlineMessageRouter implements OnlineMessageRouter {
  private readonly listeners = new Map<string, Set<OnlineEnvelopeListener>>();

  subscribe(accountId: AccountId, deviceId: DeviceId, listener: OnlineEnvelopeListener): () => void {
    const key = `${accountId}.${String(deviceId)}`;
    let set = this.listeners.get(key);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  publish(envelope: OnlineEnvelope): Promise<void> {
    const set = this.listeners.get(`${envelope.accountId}.${String(envelope.deviceId)}`);
    if (set !== undefined) for (const listener of [...set]) listener(envelope);
    return Promise.resolve();
  }
}
