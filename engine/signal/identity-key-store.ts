import type { ProtocolAddress, PrivateKey } from '@signalapp/libsignal-client';
import { Direction, IdentityChange, IdentityKeyPair, IdentityKeyStore, PublicKey } from '@signalapp/libsignal-client';
import { timingSafeEqual } from 'node:crypto';
import { NoLocalAccountError } from '../store/errors';
import type { SignalStorage } from '../store/interface';
import type { LocalAccount } from '../store/types';
import { settle } from './settle';

export interface IdentityChangeEvent {
  /** The contact's address name (account id): identities are per account. */
  readonly addressName: string;
  readonly newKey: PublicKey;
}

export type Disposer = () => void;

/**
 * This device's identity and the identities of everyone it talks to.
 *
 * Policy: trust on first use. A contact whose key changes is recorded (the store's
 * `listPendingIdentityChanges`), incoming messages keep flowing, and sending to that
 * contact is refused (libsignal raises UntrustedIdentity) until the user accepts the
 * new key with `acceptIdentityChange` or verifies it.
 */
export class DbIdentityKeyStore extends IdentityKeyStore {
  readonly #storage: SignalStorage;
  readonly #listeners = new Set<(event: IdentityChangeEvent) => void>();

  constructor(storage: SignalStorage) {
    super();
    this.#storage = storage;
  }

  override getIdentityKey(): Promise<PrivateKey> {
    return settle(() => IdentityKeyPair.deserialize(this.#account().identityKeyPair).privateKey);
  }

  override getIdentityKeyPair(): Promise<IdentityKeyPair> {
    return settle(() => IdentityKeyPair.deserialize(this.#account().identityKeyPair));
  }

  override getLocalRegistrationId(): Promise<number> {
    return settle(() => this.#account().registrationId);
  }

  override saveIdentity(address: ProtocolAddress, key: PublicKey): Promise<IdentityChange> {
    return settle(() => {
      const addressName = address.name();
      if (this.#storage.saveIdentityKey(addressName, key.serialize()) !== 'replaced') {
        return IdentityChange.NewOrUnchanged;
      }
      for (const listener of this.#listeners) listener({ addressName, newKey: key });
      return IdentityChange.ReplacedExisting;
    });
  }

  override isTrustedIdentity(address: ProtocolAddress, key: PublicKey, direction: Direction): Promise<boolean> {
    return settle(() => {
      const stored = this.#storage.getIdentity(address.name());
      // First contact: trust on first use.
      if (stored === undefined) return true;
      switch (direction) {
        case Direction.Receiving:
          // A changed key must not lose incoming messages; saveIdentity records the change.
          return true;
        case Direction.Sending: {
          const serialized = key.serialize();
          const sameKey = stored.publicKey.length === serialized.length && timingSafeEqual(stored.publicKey, serialized);
          return sameKey && !stored.changePending;
        }
      }
    });
  }

  override getIdentity(address: ProtocolAddress): Promise<PublicKey | null> {
    return settle(() => {
      const stored = this.#storage.getIdentity(address.name());
      return stored === undefined ? null : PublicKey.deserialize(stored.publicKey);
    });
  }

  /** The user accepted the contact's new key; sending is allowed again. Returns whether one was pending. */
  acceptIdentityChange(address: ProtocolAddress | string): Promise<boolean> {
    return settle(() => this.#storage.acceptIdentityChange(typeof address === 'string' ? address : address.name()));
  }

  /**
   * Called when a contact's identity key is replaced, as the change is recorded. If it
   * happened in a staged operation that is later discarded, the record goes with it:
   * the store, not this event, is the truth.
   */
  onDidChangeIdentity(listener: (event: IdentityChangeEvent) => void): Disposer {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #account(): LocalAccount {
    const account = this.#storage.getAccount();
    if (account === undefined) throw new NoLocalAccountError();
    return account;
  }
}
