/**
 * Tells a connected device's delivery loop that its queue grew. In process; a relay on
 * several machines would publish these through Redis instead, behind the same interface.
 */
import type { AccountId, DeviceId } from '../../shared/relay-api';

export interface MessageNotifier {
  /** The listener runs after envelopes for the device were durably queued. */
  subscribe(accountId: AccountId, deviceId: DeviceId, listener: () => void): () => void;
  notify(accountId: AccountId, deviceId: DeviceId): void;
}

export class InProcessMessageNotifier implements MessageNotifier {
  private readonly listeners = new Map<string, Set<() => void>>();

  subscribe(accountId: AccountId, deviceId: DeviceId, listener: () => void): () => void {
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

  notify(accountId: AccountId, deviceId: DeviceId): void {
    const set = this.listeners.get(`${accountId}.${String(deviceId)}`);
    if (set === undefined) return;
    for (const listener of [...set]) listener();
  }
}
