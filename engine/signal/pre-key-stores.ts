import type { PublicKey } from '@signalapp/libsignal-client';
import {
  KyberPreKeyRecord,
  KyberPreKeyStore,
  PreKeyRecord,
  PreKeyStore,
  SignedPreKeyRecord,
  SignedPreKeyStore,
} from '@signalapp/libsignal-client';
import type { SignalStorage } from '../store/interface';
import { toPreKeyId } from '../store/types';
import { KyberPreKeyReuseError, PreKeyNotFoundError } from './errors';
import { settle } from './settle';

/** One-time EC pre-keys: libsignal removes each after the message that used it. */
export class DbPreKeyStore extends PreKeyStore {
  readonly #storage: SignalStorage;

  constructor(storage: SignalStorage) {
    super();
    this.#storage = storage;
  }

  override savePreKey(id: number, record: PreKeyRecord): Promise<void> {
    return settle(() => {
      this.#storage.savePreKey(toPreKeyId(id), record.serialize());
    });
  }

  override getPreKey(id: number): Promise<PreKeyRecord> {
    return settle(() => {
      const bytes = this.#storage.getPreKey(toPreKeyId(id));
      if (bytes === undefined) throw new PreKeyNotFoundError('pre-key', id);
      return PreKeyRecord.deserialize(bytes);
    });
  }

  override removePreKey(id: number): Promise<void> {
    return settle(() => {
      this.#storage.removePreKey(toPreKeyId(id));
    });
  }
}

export class DbSignedPreKeyStore extends SignedPreKeyStore {
  readonly #storage: SignalStorage;

  constructor(storage: SignalStorage) {
    super();
    this.#storage = storage;
  }

  override saveSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void> {
    return settle(() => {
      this.#storage.saveSignedPreKey(toPreKeyId(id), record.serialize());
    });
  }

  override getSignedPreKey(id: number): Promise<SignedPreKeyRecord> {
    return settle(() => {
      const entry = this.#storage.getSignedPreKey(toPreKeyId(id));
      if (entry === undefined) throw new PreKeyNotFoundError('signed pre-key', id);
      return SignedPreKeyRecord.deserialize(entry.record);
    });
  }
}

/**
 * Kyber pre-keys. A one-time key is deleted when used, so its secret is gone (secure
 * delete overwrites the page). A last-resort key stays until replaced, and each use is
 * remembered by (signed pre-key, base key) so that a replayed message is refused.
 */
export class DbKyberPreKeyStore extends KyberPreKeyStore {
  readonly #storage: SignalStorage;

  constructor(storage: SignalStorage) {
    super();
    this.#storage = storage;
  }

  /** libsignal never saves keys itself; the engine marks the last-resort key when it makes one. */
  override saveKyberPreKey(
    id: number,
    record: KyberPreKeyRecord,
    options: { readonly isLastResort: boolean } = { isLastResort: false },
  ): Promise<void> {
    return settle(() => {
      this.#storage.saveKyberPreKey(toPreKeyId(id), record.serialize(), options);
    });
  }

  override getKyberPreKey(id: number): Promise<KyberPreKeyRecord> {
    return settle(() => {
      const entry = this.#storage.getKyberPreKey(toPreKeyId(id));
      if (entry === undefined) throw new PreKeyNotFoundError('Kyber pre-key', id);
      return KyberPreKeyRecord.deserialize(entry.record);
    });
  }

  override markKyberPreKeyUsed(id: number, signedPreKeyId: number, baseKey: PublicKey): Promise<void> {
    return settle(() => {
      this.#storage.transaction(() => {
        const kyberId = toPreKeyId(id);
        const entry = this.#storage.getKyberPreKey(kyberId);
        if (entry === undefined) throw new PreKeyNotFoundError('Kyber pre-key', id);
        if (!entry.isLastResort) {
          this.#storage.removeKyberPreKey(kyberId);
          return;
        }
        if (!this.#storage.recordKyberPreKeyUse(kyberId, toPreKeyId(signedPreKeyId), baseKey.serialize())) {
          throw new KyberPreKeyReuseError(id);
        }
      });
    });
  }
}
