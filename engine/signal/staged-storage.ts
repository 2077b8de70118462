/**
 * Holds libsignal's writes in memory until the caller commits them.
 *
 * Why: decrypting advances the ratchet and consumes pre-keys (libsignal saves both
 * through the stores while the call is still running, asynchronously), but the
 * receive pipeline must commit that state *together with* the message it produced and
 * only then acknowledge the envelope. A SQLite transaction cannot stay open across the
 * await, so the stores write here instead; reads see the staged writes; `commit()`
 * replays them on the real store inside one transaction (joining the caller's if one
 * is open), and `discard()` forgets them, so a crash or failure before the commit
 * leaves the session exactly as it was and the redelivered envelope decrypts again.
 *
 *   const staged = new StagedSignalStorage(store);
 *   const plaintext = await signalDecrypt(..., createSignalStores(staged)...);
 *   store.transaction(() => { staged.commit(); store.insertMessage(...); store.markEnvelopeProcessed(guid); });
 *   await ack();
 *
 * One staged storage per operation; operations on the same contact must not run
 * concurrently (the pipeline serialises them).
 */
import type { SignalStorage } from '../store/interface';
import type { Clock } from '../store/sql/rows';
import type { IdentityRecord, IdentitySaveResult, KyberPreKeyEntry, PreKeyId, SignedPreKeyEntry } from '../store/types';
import { KyberPreKeyReuseError } from './errors';

interface Overlay {
  /** (name, device) → record, or null once deleted. */
  readonly sessions: Map<string, Uint8Array<ArrayBuffer> | null>;
  /** Accounts whose sessions were all deleted; later saves are in `sessions`. */
  readonly sessionWipes: Set<string>;
  readonly identities: Map<string, IdentityRecord>;
  readonly preKeys: Map<number, Uint8Array<ArrayBuffer> | null>;
  readonly signedPreKeys: Map<number, SignedPreKeyEntry>;
  readonly kyberPreKeys: Map<number, KyberPreKeyEntry | null>;
  readonly kyberUses: Set<string>;
  readonly senderKeys: Map<string, Uint8Array<ArrayBuffer>>;
  /** The writes, in order, as they will be replayed on the real store. */
  readonly writes: Array<(base: SignalStorage) => void>;
}

function emptyOverlay(): Overlay {
  return {
    sessions: new Map(),
    sessionWipes: new Set(),
    identities: new Map(),
    preKeys: new Map(),
    signedPreKeys: new Map(),
    kyberPreKeys: new Map(),
    kyberUses: new Set(),
    senderKeys: new Map(),
    writes: [],
  };
}

function cloneOverlay(overlay: Overlay): Overlay {
  return {
    sessions: new Map(overlay.sessions),
    sessionWipes: new Set(overlay.sessionWipes),
    identities: new Map(overlay.identities),
    preKeys: new Map(overlay.preKeys),
    signedPreKeys: new Map(overlay.signedPreKeys),
    kyberPreKeys: new Map(overlay.kyberPreKeys),
    kyberUses: new Set(overlay.kyberUses),
    senderKeys: new Map(overlay.senderKeys),
    writes: [...overlay.writes],
  };
}

const sessionKey = (name: string, deviceId: number): string => JSON.stringify([name, deviceId]);
const senderKeyKey = (name: string, deviceId: number, distributionId: string): string =>
  JSON.stringify([name, deviceId, distributionId]);
const kyberUseKey = (kyberId: number, signedId: number, baseKey: Uint8Array): string =>
  JSON.stringify([kyberId, signedId, Buffer.from(baseKey).toString('hex')]);

/** Reads hand out copies, as the SQL store does, so a caller cannot change staged state. */
function copyOf(bytes: Uint8Array<ArrayBuffer> | null | undefined): Uint8Array<ArrayBuffer> | undefined {
  return bytes === null || bytes === undefined ? undefined : new Uint8Array(bytes);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export class StagedSignalStorage implements SignalStorage {
  readonly #base: SignalStorage;
  readonly #clock: Clock;
  #overlay = emptyOverlay();

  constructor(base: SignalStorage, options: { readonly now?: Clock } = {}) {
    this.#base = base;
    this.#clock = options.now ?? Date.now;
  }

  get hasPendingWrites(): boolean {
    return this.#overlay.writes.length > 0;
  }

  /** Applies the staged writes to the real store atomically, then starts empty again. */
  commit(): void {
    const writes = this.#overlay.writes;
    this.#base.transaction(() => {
      for (const write of writes) write(this.#base);
    });
    this.#overlay = emptyOverlay();
  }

  discard(): void {
    this.#overlay = emptyOverlay();
  }

  /** All or nothing within the staged view too: a throw undoes this unit's staged writes. */
  transaction<T>(work: () => T): T {
    const before = cloneOverlay(this.#overlay);
    try {
      return work();
    } catch (error) {
      this.#overlay = before;
      throw error;
    }
  }

  #stage(write: (base: SignalStorage) => void): void {
    this.#overlay.writes.push(write);
  }

  getAccount() {
    return this.#base.getAccount();
  }

  getIdentity(addressName: string): IdentityRecord | undefined {
    return this.#overlay.identities.get(addressName) ?? this.#base.getIdentity(addressName);
  }

  /** Mirrors the store's rule (see IdentityWriter.saveIdentityKey) on the staged view. */
  saveIdentityKey(addressName: string, publicKey: Uint8Array): IdentitySaveResult {
    const current = this.getIdentity(addressName);
    const key = new Uint8Array(publicKey);
    const now = this.#clock();
    if (current !== undefined && sameBytes(current.publicKey, key)) return 'unchanged';
    this.#overlay.identities.set(
      addressName,
      current === undefined
        ? { addressName, publicKey: key, verified: 'default', firstSeenAt: now, changedAt: null, changePending: false }
        : {
            ...current,
            publicKey: key,
            changedAt: now,
            changePending: true,
            verified: current.verified === 'verified' ? 'unverified' : current.verified,
          },
    );
    this.#stage((base) => base.saveIdentityKey(addressName, key));
    return current === undefined ? 'new' : 'replaced';
  }

  acceptIdentityChange(addressName: string): boolean {
    const current = this.getIdentity(addressName);
    if (!current?.changePending) return false;
    this.#overlay.identities.set(addressName, { ...current, changePending: false });
    this.#stage((base) => base.acceptIdentityChange(addressName));
    return true;
  }

  getSession(addressName: string, deviceId: number): Uint8Array<ArrayBuffer> | undefined {
    const key = sessionKey(addressName, deviceId);
    if (this.#overlay.sessions.has(key)) return copyOf(this.#overlay.sessions.get(key));
    if (this.#overlay.sessionWipes.has(addressName)) return undefined;
    return this.#base.getSession(addressName, deviceId);
  }

  listSessionDeviceIds(addressName: string): Array<number> {
    const ids = new Set(this.#overlay.sessionWipes.has(addressName) ? [] : this.#base.listSessionDeviceIds(addressName));
    for (const [key, record] of this.#overlay.sessions) {
      const [name, deviceId] = JSON.parse(key) as [string, number];
      if (name !== addressName) continue;
      if (record === null) ids.delete(deviceId);
      else ids.add(deviceId);
    }
    return [...ids].sort((a, b) => a - b);
  }

  saveSession(addressName: string, deviceId: number, record: Uint8Array): void {
    const copy = new Uint8Array(record);
    this.#overlay.sessions.set(sessionKey(addressName, deviceId), copy);
    this.#stage((base) => {
      base.saveSession(addressName, deviceId, copy);
    });
  }

  deleteSession(addressName: string, deviceId: number): void {
    this.#overlay.sessions.set(sessionKey(addressName, deviceId), null);
    this.#stage((base) => {
      base.deleteSession(addressName, deviceId);
    });
  }

  deleteAllSessions(addressName: string): void {
    for (const key of [...this.#overlay.sessions.keys()]) {
      if ((JSON.parse(key) as [string, number])[0] === addressName) this.#overlay.sessions.delete(key);
    }
    this.#overlay.sessionWipes.add(addressName);
    this.#stage((base) => {
      base.deleteAllSessions(addressName);
    });
  }

  getPreKey(id: PreKeyId): Uint8Array<ArrayBuffer> | undefined {
    if (this.#overlay.preKeys.has(id)) return copyOf(this.#overlay.preKeys.get(id));
    return this.#base.getPreKey(id);
  }

  savePreKey(id: PreKeyId, record: Uint8Array): void {
    const copy = new Uint8Array(record);
    this.#overlay.preKeys.set(id, copy);
    this.#stage((base) => {
      base.savePreKey(id, copy);
    });
  }

  removePreKey(id: PreKeyId): void {
    this.#overlay.preKeys.set(id, null);
    this.#stage((base) => {
      base.removePreKey(id);
    });
  }

  getSignedPreKey(id: PreKeyId): SignedPreKeyEntry | undefined {
    return this.#overlay.signedPreKeys.get(id) ?? this.#base.getSignedPreKey(id);
  }

  saveSignedPreKey(id: PreKeyId, record: Uint8Array): void {
    const copy = new Uint8Array(record);
    this.#overlay.signedPreKeys.set(id, { id, record: copy, createdAt: this.#clock() });
    this.#stage((base) => {
      base.saveSignedPreKey(id, copy);
    });
  }

  getKyberPreKey(id: PreKeyId): KyberPreKeyEntry | undefined {
    if (this.#overlay.kyberPreKeys.has(id)) return this.#overlay.kyberPreKeys.get(id) ?? undefined;
    return this.#base.getKyberPreKey(id);
  }

  saveKyberPreKey(id: PreKeyId, record: Uint8Array, options: { readonly isLastResort: boolean }): void {
    const copy = new Uint8Array(record);
    const isLastResort = options.isLastResort;
    this.#overlay.kyberPreKeys.set(id, { id, record: copy, isLastResort, createdAt: this.#clock() });
    this.#stage((base) => {
      base.saveKyberPreKey(id, copy, { isLastResort });
    });
  }

  removeKyberPreKey(id: PreKeyId): void {
    this.#overlay.kyberPreKeys.set(id, null);
    this.#stage((base) => {
      base.removeKyberPreKey(id);
    });
  }

  hasKyberPreKeyUse(kyberId: PreKeyId, signedPreKeyId: PreKeyId, baseKey: Uint8Array): boolean {
    return (
      this.#overlay.kyberUses.has(kyberUseKey(kyberId, signedPreKeyId, baseKey)) ||
      this.#base.hasKyberPreKeyUse(kyberId, signedPreKeyId, baseKey)
    );
  }

  recordKyberPreKeyUse(kyberId: PreKeyId, signedPreKeyId: PreKeyId, baseKey: Uint8Array): boolean {
    if (this.hasKyberPreKeyUse(kyberId, signedPreKeyId, baseKey)) return false;
    const copy = new Uint8Array(baseKey);
    this.#overlay.kyberUses.add(kyberUseKey(kyberId, signedPreKeyId, copy));
    this.#stage((base) => {
      // Another operation committed the same use meanwhile: still a replay.
      if (!base.recordKyberPreKeyUse(kyberId, signedPreKeyId, copy)) throw new KyberPreKeyReuseError(kyberId);
    });
    return true;
  }

  getSenderKey(addressName: string, deviceId: number, distributionId: string): Uint8Array<ArrayBuffer> | undefined {
    const staged = this.#overlay.senderKeys.get(senderKeyKey(addressName, deviceId, distributionId));
    return staged === undefined ? this.#base.getSenderKey(addressName, deviceId, distributionId) : copyOf(staged);
  }

  saveSenderKey(addressName: string, deviceId: number, distributionId: string, record: Uint8Array): void {
    const copy = new Uint8Array(record);
    this.#overlay.senderKeys.set(senderKeyKey(addressName, deviceId, distributionId), copy);
    this.#stage((base) => {
      base.saveSenderKey(addressName, deviceId, distributionId, copy);
    });
  }
}
