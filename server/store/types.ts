/**
 * The relay's storage, behind focused typed interfaces so that the embedded SQLite
 * default can be replaced (PostgreSQL for accounts and keys, Redis for queues) without
 * touching the services. Every method is async for that reason, and every multi-row
 * change that must be atomic is one method, so each implementation can make it a
 * transaction.
 */
import type { AccountKind } from '../../shared/relay-api';
import type { AccountId, DeviceId } from '../../shared/relay-api';

export interface StoredPreKey {
  readonly keyId: number;
  readonly publicKey: Uint8Array;
}

export interface StoredSignedPreKey extends StoredPreKey {
  readonly signature: Uint8Array;
}

export interface AccountRecord {
  readonly id: AccountId;
  readonly identityKey: Uint8Array;
  /** 16 bytes derived from the profile key; absent = sealed sender to this account is refused. */
  readonly unidentifiedAccessKey: Uint8Array | undefined;
  readonly unrestrictedUnidentifiedAccess: boolean;
  readonly kind: AccountKind;
  readonly createdAt: number;
}

export interface DeviceRecord {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  /** Self-describing slow hash (see auth/password.ts); never the password. */
  readonly passwordHash: string;
  readonly registrationId: number;
  /** Encrypted by the client; opaque here. */
  readonly name: Uint8Array | undefined;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly signedPreKey: StoredSignedPreKey;
  readonly pqLastResortPreKey: StoredSignedPreKey;
}

/** What a new device (primary or linked) brings with it. */
export interface NewDevice {
  readonly passwordHash: string;
  readonly registrationId: number;
  readonly name: Uint8Array | undefined;
  readonly signedPreKey: StoredSignedPreKey;
  readonly pqLastResortPreKey: StoredSignedPreKey;
  readonly preKeys: ReadonlyArray<StoredPreKey>;
  readonly pqPreKeys: ReadonlyArray<StoredSignedPreKey>;
}

export interface NewAccount {
  readonly id: AccountId;
  /** SHA-256 of the normalized handle: the handle itself is never stored. */
  readonly handleHash: Uint8Array;
  readonly identityKey: Uint8Array;
  readonly unidentifiedAccessKey: Uint8Array | undefined;
  readonly unrestrictedUnidentifiedAccess: boolean;
  readonly kind: AccountKind;
  readonly createdAt: number;
}

export interface KeyUpdate {
  /** Replaces all one-time EC pre-keys of the device. */
  readonly preKeys?: ReadonlyArray<StoredPreKey>;
  readonly signedPreKey?: StoredSignedPreKey;
  /** Replaces all one-time Kyber pre-keys of the device. */
  readonly pqPreKeys?: ReadonlyArray<StoredSignedPreKey>;
  readonly pqLastResortPreKey?: StoredSignedPreKey;
}

export interface PreKeyCounts {
  readonly ec: number;
  readonly kem: number;
}

/** The keys handed out for one device; each one-time key only once. */
export interface ClaimedKeys {
  readonly preKey: StoredPreKey | undefined;
  /** A one-time Kyber pre-key, or the last-resort one when none is left. */
  readonly pqPreKey: StoredSignedPreKey;
}

export interface NewQueuedEnvelope {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly guid: string;
  readonly serverTimestamp: number;
  readonly expiresAt: number;
  /** A serialized `Envelope`. */
  readonly envelope: Uint8Array;
}

export interface QueuedEnvelope {
  /** Position in the device's queue; larger is later. Opaque to callers except as a cursor. */
  readonly cursor: number;
  readonly guid: string;
  readonly serverTimestamp: number;
  readonly envelope: Uint8Array;
}

export interface AttachmentRecord {
  readonly id: string;
  readonly size: number;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export type LinkOutcome =
  | { readonly kind: 'linked'; readonly deviceId: DeviceId }
  | { readonly kind: 'invalid-token' }
  | { readonly kind: 'too-many-devices' };

export interface SweepResult {
  readonly messages: number;
  readonly linkTokens: number;
  readonly attachments: ReadonlyArray<string>;
  readonly tombstones: number;
}

/** When a device goes, and how long the relay remembers that it went. */
export interface DeviceRemoval {
  readonly at: number;
  readonly tombstoneExpiresAt: number;
}

/** What is left of a removed device: enough to recognise its old credentials. */
export interface DeviceTombstone {
  /** The removed device's password hash (see auth/password.ts); never the password. */
  readonly passwordHash: string;
  readonly removedAt: number;
}

/** What sending checks against: light rows, read on every send. */
export interface DeviceRegistration {
  readonly deviceId: DeviceId;
  readonly registrationId: number;
}

/**
 * The relay's storage is these focused stores, each behind its own interface and its own
 * contract test suite (tests/contracts/server/), so that one can move (queues to Redis,
 * accounts and keys to PostgreSQL) without the others. A method that must change several
 * things at once says so, and an implementation keeps it atomic.
 */
export interface AccountStore {
  getAccount(accountId: AccountId): Promise<AccountRecord | undefined>;
  findAccountByHandleHash(handleHash: Uint8Array): Promise<AccountId | undefined>;
  /** The account with its primary device and that device's keys. False when the handle is taken (nothing is written then). */
  createAccount(account: NewAccount, primary: NewDevice): Promise<boolean>;
  setUnidentifiedAccess(
    accountId: AccountId,
    change: { readonly key?: Uint8Array | null; readonly unrestricted?: boolean },
  ): Promise<void>;
  /**
   * Re-registration of the primary: a new identity key, every device (with its keys and
   * queue) removed and tombstoned, and device 1 created again at `removal.at`, atomically.
   * Returns the device ids that were removed.
   */
  replaceIdentity(accountId: AccountId, identityKey: Uint8Array, primary: NewDevice, removal: DeviceRemoval): Promise<ReadonlyArray<DeviceId>>;
}

export interface DeviceStore {
  getDevice(accountId: AccountId, deviceId: DeviceId): Promise<DeviceRecord | undefined>;
  /** Ordered by device id. */
  listDevices(accountId: AccountId): Promise<ReadonlyArray<DeviceRecord>>;
  /** The same devices without their keys, ordered by device id (the send path's read). */
  listDeviceRegistrations(accountId: AccountId): Promise<ReadonlyArray<DeviceRegistration>>;
  /** The stored password hash, or undefined when the device does not exist (the auth path's read). */
  getPasswordHash(accountId: AccountId, deviceId: DeviceId): Promise<string | undefined>;
  /** Tombstones of removed devices that had this id, newest first, at most `limit`. */
  listDeviceTombstones(accountId: AccountId, deviceId: DeviceId, limit: number): Promise<ReadonlyArray<DeviceTombstone>>;
  /**
   * Consumes the link token and adds the device under the lowest free id from 2,
   * atomically: an invalid token or a full account changes nothing.
   */
  linkDevice(tokenHash: Uint8Array, now: number, maxDevices: number, device: NewDevice): Promise<LinkOutcome>;
  /**
   * Removes the device with its keys and queue and leaves a tombstone of it, atomically.
   * False when it did not exist (nothing is written then).
   */
  removeDevice(accountId: AccountId, deviceId: DeviceId, removal: DeviceRemoval): Promise<boolean>;
  touchDevice(accountId: AccountId, deviceId: DeviceId, now: number): Promise<void>;
}

export interface KeyStore {
  countPreKeys(accountId: AccountId, deviceId: DeviceId): Promise<PreKeyCounts>;
  setKeys(accountId: AccountId, deviceId: DeviceId, update: KeyUpdate): Promise<void>;
  /** Takes (deletes) one one-time EC and one one-time Kyber pre-key of the device. */
  claimKeys(accountId: AccountId, deviceId: DeviceId): Promise<ClaimedKeys | undefined>;
}

export interface QueueStore {
  /** All or nothing. */
  enqueue(envelopes: ReadonlyArray<NewQueuedEnvelope>): Promise<void>;
  /** Unexpired envelopes after `afterCursor`, oldest first. */
  readQueue(
    accountId: AccountId,
    deviceId: DeviceId,
    options: { readonly afterCursor: number; readonly limit: number; readonly now: number },
  ): Promise<ReadonlyArray<QueuedEnvelope>>;
  /** Deletes one envelope of this device's queue; false when it is not there. */
  deleteQueued(accountId: AccountId, deviceId: DeviceId, guid: string): Promise<boolean>;
}

export interface LinkTokenStore {
  createLinkToken(tokenHash: Uint8Array, accountId: AccountId, expiresAt: number): Promise<void>;
  /** The account a live (unused, unexpired) link token belongs to. */
  findLinkToken(tokenHash: Uint8Array, now: number): Promise<AccountId | undefined>;
}

export interface AttachmentIndex {
  putAttachment(record: AttachmentRecord): Promise<void>;
  getAttachment(id: string): Promise<AttachmentRecord | undefined>;
}

export interface ExpirySweeper {
  /** Removes expired envelopes, link tokens, tombstones and attachment records (returning their ids). */
  sweepExpired(now: number): Promise<SweepResult>;
}

/** The stores one relay runs on. */
export interface RelayStores {
  readonly accounts: AccountStore;
  readonly devices: DeviceStore;
  readonly keys: KeyStore;
  readonly queues: QueueStore;
  readonly linkTokens: LinkTokenStore;
  readonly attachments: AttachmentIndex;
  readonly expiry: ExpirySweeper;
  close(): Promise<void>;
}

/** One implementation that is every store at once (the embedded SQLite one). */
export interface RelayStore extends AccountStore, DeviceStore, KeyStore, QueueStore, LinkTokenStore, AttachmentIndex, ExpirySweeper {
  close(): Promise<void>;
}

/** The focused stores of an implementation that is all of them. */
export function relayStoresOf(store: RelayStore): RelayStores {
  return { accounts: store, devices: store, keys: store, queues: store, linkTokens: store, attachments: store, expiry: store, close: () => store.close() };
}
