import type { ProtocolAddress, Uuid } from '@signalapp/libsignal-client';
import { SenderKeyRecord, SenderKeyStore } from '@signalapp/libsignal-client';
import type { SignalStorage } from '../store/interface';
import { settle } from './settle';

/** Sender keys for group messages, per (sender device, distribution id). */
export class DbSenderKeyStore extends SenderKeyStore {
  readonly #storage: SignalStorage;

  constructor(storage: SignalStorage) {
    super();
    this.#storage = storage;
  }

  override saveSenderKey(sender: ProtocolAddress, distributionId: Uuid, record: SenderKeyRecord): Promise<void> {
    return settle(() => {
      this.#storage.saveSenderKey(sender.name(), sender.deviceId(), distributionId, record.serialize());
    });
  }

  override getSenderKey(sender: ProtocolAddress, distributionId: Uuid): Promise<SenderKeyRecord | null> {
    return settle(() => {
      const bytes = this.#storage.getSenderKey(sender.name(), sender.deviceId(), distributionId);
      return bytes === undefined ? null : SenderKeyRecord.deserialize(bytes);
    });
  }
}
