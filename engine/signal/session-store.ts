import type { ProtocolAddress } from '@signalapp/libsignal-client';
import { SessionRecord, SessionStore } from '@signalapp/libsignal-client';
import type { SignalStorage } from '../store/interface';
import { SessionNotFoundError } from './errors';
import { settle } from './settle';

/** Double-ratchet sessions, one per (account, device). */
export class DbSessionStore extends SessionStore {
  readonly #storage: SignalStorage;

  constructor(storage: SignalStorage) {
    super();
    this.#storage = storage;
  }

  override saveSession(address: ProtocolAddress, record: SessionRecord): Promise<void> {
    return settle(() => {
      this.#storage.saveSession(address.name(), address.deviceId(), record.serialize());
    });
  }

  override getSession(address: ProtocolAddress): Promise<SessionRecord | null> {
    return settle(() => {
      const bytes = this.#storage.getSession(address.name(), address.deviceId());
      return bytes === undefined ? null : SessionRecord.deserialize(bytes);
    });
  }

  override getExistingSessions(addresses: Array<ProtocolAddress>): Promise<Array<SessionRecord>> {
    return settle(() =>
      addresses.map((address) => {
        const bytes = this.#storage.getSession(address.name(), address.deviceId());
        if (bytes === undefined) throw new SessionNotFoundError(address.toString());
        return SessionRecord.deserialize(bytes);
      }),
    );
  }

  /** Device ids of `addressName` whose session can send now (what fan-out encrypts for). */
  openSessionDeviceIds(addressName: string, now: Date = new Date()): Promise<Array<number>> {
    return settle(() =>
      this.#storage.listSessionDeviceIds(addressName).filter((deviceId) => {
        const bytes = this.#storage.getSession(addressName, deviceId);
        return bytes !== undefined && SessionRecord.deserialize(bytes).hasCurrentState(now);
      }),
    );
  }

  /**
   * Keeps the session's history (late messages still decrypt) but stops sending with
   * it: the relay said the device is stale (410) or gone (409 extra devices).
   */
  archiveSession(address: ProtocolAddress): Promise<void> {
    return settle(() => {
      this.#archive(address.name(), address.deviceId());
    });
  }

  /** Archives the sessions with every device of an account, e.g. after its identity changed. */
  archiveAllSessions(addressName: string): Promise<void> {
    return settle(() => {
      this.#storage.transaction(() => {
        for (const deviceId of this.#storage.listSessionDeviceIds(addressName)) this.#archive(addressName, deviceId);
      });
    });
  }

  /** Forgets a device's session entirely (the device was unlinked). */
  deleteSession(address: ProtocolAddress): Promise<void> {
    return settle(() => {
      this.#storage.deleteSession(address.name(), address.deviceId());
    });
  }

  #archive(addressName: string, deviceId: number): void {
    const bytes = this.#storage.getSession(addressName, deviceId);
    if (bytes === undefined) return;
    const record = SessionRecord.deserialize(bytes);
    record.archiveCurrentState();
    this.#storage.saveSession(addressName, deviceId, record.serialize());
  }
}
