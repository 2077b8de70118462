/**
 * Client fan-out (DESIGN.md "Sending"): one logical send is encrypted separately for
 * every device of the destination account, in one request. When the relay says the
 * device list is wrong (409) or a device was re-registered (410), the sender repairs its
 * sessions and retries, a bounded number of times.
 */
import {
  CiphertextMessageType,
  ErrorCode,
  KEMPublicKey,
  LibSignalErrorBase,
  PreKeyBundle,
  processPreKeyBundle,
  ProtocolAddress,
  PublicKey,
  sealedSenderEncryptMessage,
  signalEncrypt,
} from '@signalapp/libsignal-client';
import type { SenderCertificate } from '@signalapp/libsignal-client';
import { EnvelopeType } from '../../shared/proto';
import type { DeviceBundle, OutgoingMessage, PreKeyBundleResponse } from '../../shared/relay-api';
import { asDeviceId } from '../../shared/relay-api';
import { MismatchedDevicesError, StaleDevicesError } from '../relay-client/errors';
import type { RelayHttpClient } from '../relay-client/http';
import type { SignalStores } from '../signal';
import type { AccountId, LocalAccount, Store } from '../store';
import { toDeviceId, toRegistrationId } from '../store';
import type { Mutex } from '../mutex';
import { DeviceListUnsettledError, IdentityChangedError } from './errors';

const maxAttempts = 4;
/** How long "this account has no other devices" is believed before asking the relay again. */
const selfRecheckMs = 60_000;
const fromB64 = (value: string): Uint8Array<ArrayBuffer> => Uint8Array.from(Buffer.from(value, 'base64'));

export interface SealedSenderOptions {
  /** The recipient's unidentified-access key, derived from its profile key. */
  readonly accessKey: Uint8Array;
  /** This device's current certificate from the relay. */
  readonly certificate: SenderCertificate;
}

export interface SendResult {
  /** Devices the message was encrypted for. */
  readonly deviceIds: ReadonlyArray<number>;
  /** Sent with sealed sender: the relay did not learn who sent it. */
  readonly sealed: boolean;
  /** The relay says the sender has other devices (they should get a sync transcript). */
  readonly needsSync: boolean;
}

export interface SendOptions {
  readonly urgent?: boolean;
  readonly sealed?: SealedSenderOptions;
  /**
   * Online-only: the relay pushes it to the devices connected now and stores nothing, so
   * a device that is offline never gets it (presence, typing). The device list is still
   * checked and repaired as for any send.
   */
  readonly online?: boolean;
}

export class MessageSender {
  constructor(
    private readonly store: Store,
    private readonly relay: RelayHttpClient,
    private readonly signal: SignalStores,
    private readonly local: () => LocalAccount,
    private readonly sessionLock: Mutex,
    private readonly now: () => number = Date.now,
  ) {}

  private selfCheckedAt = -Infinity;

  /**
   * Encrypts `plaintext` (padded Content) for every device of `destination` (for our own
   * account: every device but this one) and sends it in one request.
   */
  async sendToAccount(
    destination: AccountId,
    plaintext: Uint8Array<ArrayBuffer>,
    timestamp: number,
    options: SendOptions = {},
  ): Promise<SendResult> {
    const me = this.local();
    const isSelf = destination === me.accountId;
    // Our own devices know who we are; sealing is for other accounts.
    const sealed = isSelf ? undefined : options.sealed;
    const localAddress = ProtocolAddress.new(me.accountId, me.deviceId);
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      let deviceIds = this.knownDevices(destination, isSelf);
      if (deviceIds.length === 0) {
        // An account with no other devices: do not ask the relay again on every send.
        if (isSelf && this.now() - this.selfCheckedAt < selfRecheckMs) return { deviceIds: [], needsSync: false, sealed: false };
        await this.fetchAndProcessBundles(destination, '*', localAddress, isSelf, sealed);
        // Only an answer counts: a lookup that failed (a cut connection, a 429) says nothing
        // about other devices, and believing it would drop every transcript for a minute.
        if (isSelf) this.selfCheckedAt = this.now();
        deviceIds = this.knownDevices(destination, isSelf);
        if (deviceIds.length === 0) return { deviceIds: [], needsSync: false, sealed: false };
      }
      for (const deviceId of deviceIds) {
        const session = await this.signal.session.getSession(ProtocolAddress.new(destination, deviceId));
        if (session?.hasCurrentState() !== true) await this.fetchAndProcessBundles(destination, deviceId, localAddress, isSelf, sealed);
      }
      // A session kept from before the contact's identity key changed cannot send once the
      // user accepted the new key (libsignal refuses the old key): such a session is
      // archived and the next attempt starts a fresh one from the relay's bundle.
      const { messages, replacedSessions } = await this.sessionLock.runExclusive(async () => {
        const encrypted: Array<OutgoingMessage> = [];
        let replaced = false;
        for (const deviceId of deviceIds) {
          const address = ProtocolAddress.new(destination, deviceId);
          const session = await this.signal.session.getSession(address);
          if (session?.hasCurrentState() !== true) continue;
          try {
            encrypted.push(await this.encryptFor(destination, address, session.remoteRegistrationId(), plaintext, localAddress, sealed));
          } catch (error) {
            if (!(error instanceof IdentityChangedError) || this.store.getIdentity(destination)?.changePending === true) throw error;
            await this.signal.session.archiveSession(address);
            replaced = true;
          }
        }
        return { messages: encrypted, replacedSessions: replaced };
      });
      if (replacedSessions) continue;
      if (messages.length === 0) continue;
      try {
        const response = await this.relay.sendMessages(
          destination,
          { messages, timestamp, online: options.online ?? false, urgent: options.urgent ?? true },
          sealed?.accessKey,
        );
        return {
          deviceIds: messages.map((message) => message.destinationDeviceId),
          // A sealed request cannot tell the relay who has other devices: the caller decides on a transcript.
          needsSync: sealed === undefined ? response.needsSync : true,
          sealed: sealed !== undefined,
        };
      } catch (error) {
        if (error instanceof MismatchedDevicesError) {
          for (const deviceId of error.extraDevices) await this.forgetDevice(destination, deviceId);
          for (const deviceId of error.missingDevices) {
            await this.fetchAndProcessBundles(destination, deviceId, localAddress, isSelf, sealed);
          }
          continue;
        }
        if (error instanceof StaleDevicesError) {
          for (const deviceId of error.staleDevices) {
            await this.sessionLock.runExclusive(() => this.signal.session.archiveSession(ProtocolAddress.new(destination, deviceId)));
            await this.fetchAndProcessBundles(destination, deviceId, localAddress, isSelf, sealed);
          }
          continue;
        }
        throw error;
      }
    }
    throw new DeviceListUnsettledError(destination);
  }

  /** Devices to encrypt for: those seen or with a session, minus this device. */
  private knownDevices(accountId: AccountId, isSelf: boolean): Array<number> {
    const me = this.local();
    const ids = new Set<number>(this.store.listRecipientDevices(accountId).map((device) => device.deviceId));
    for (const id of this.store.listSessionDeviceIds(accountId)) ids.add(id);
    if (isSelf) ids.delete(me.deviceId);
    return [...ids].sort((a, b) => a - b);
  }

  private async forgetDevice(accountId: AccountId, deviceId: number): Promise<void> {
    await this.sessionLock.runExclusive(() => this.signal.session.deleteSession(ProtocolAddress.new(accountId, deviceId)));
    this.store.removeRecipientDevice(accountId, toDeviceId(deviceId));
  }

  private async fetchAndProcessBundles(
    accountId: AccountId,
    deviceId: number | '*',
    localAddress: ProtocolAddress,
    isSelf: boolean,
    sealed?: SealedSenderOptions,
  ): Promise<void> {
    let response: PreKeyBundleResponse;
    try {
      response = await this.relay.getPreKeyBundle(accountId, deviceId, sealed?.accessKey);
    } catch (error) {
      // A device that vanished between the 409 and this fetch is simply not sent to.
      if (error instanceof Error && 'status' in error && error.status === 404) {
        if (deviceId !== '*') await this.forgetDevice(accountId, deviceId);
        return;
      }
      throw error;
    }
    const identityKey = PublicKey.deserialize(fromB64(response.identityKey));
    for (const device of response.devices) {
      if (isSelf && device.deviceId === localAddress.deviceId()) continue;
      const bundle = toPreKeyBundle(device, identityKey);
      try {
        await this.sessionLock.runExclusive(() =>
          this.guardIdentity(accountId, () =>
            processPreKeyBundle(bundle, ProtocolAddress.new(accountId, device.deviceId), localAddress, this.signal.session, this.signal.identity),
          ),
        );
      } catch (error) {
        // libsignal refused before storing the new key: record it, so the change shows
        // in the conversation and waits for the user's decision.
        if (error instanceof IdentityChangedError) this.store.saveIdentityKey(accountId, identityKey.serialize());
        throw error;
      }
      this.store.saveRecipientDevice(accountId, toDeviceId(device.deviceId), toRegistrationId(device.registrationId));
    }
    // Learned after the devices, so a first fetch (from none) is not taken for a change in number.
    if (response.kind !== undefined && this.store.getRecipient(accountId)?.kind !== response.kind) this.store.upsertRecipient({ accountId, kind: response.kind });
  }

  /** libsignal refuses to use an identity the user has not accepted; say so in our terms. */
  /** One device's copy, sealed or not; call with the session lock held. */
  private async encryptFor(
    destination: AccountId,
    address: ProtocolAddress,
    registrationId: number,
    plaintext: Uint8Array<ArrayBuffer>,
    localAddress: ProtocolAddress,
    sealed: SealedSenderOptions | undefined,
  ): Promise<OutgoingMessage> {
    if (sealed !== undefined) {
      const ciphertext = await this.guardIdentity(destination, () =>
        sealedSenderEncryptMessage(plaintext, address, sealed.certificate, this.signal.session, this.signal.identity),
      );
      return {
        type: EnvelopeType.UNIDENTIFIED_SENDER,
        destinationDeviceId: asDeviceId(address.deviceId()),
        destinationRegistrationId: registrationId,
        content: Buffer.from(ciphertext).toString('base64'),
      };
    }
    const ciphertext = await this.guardIdentity(destination, () => signalEncrypt(plaintext, address, localAddress, this.signal.session, this.signal.identity));
    return {
      type: ciphertext.type() === (CiphertextMessageType.PreKey as number) ? EnvelopeType.PREKEY_MESSAGE : EnvelopeType.CIPHERTEXT,
      destinationDeviceId: asDeviceId(address.deviceId()),
      destinationRegistrationId: registrationId,
      content: Buffer.from(ciphertext.serialize()).toString('base64'),
    };
  }

  private async guardIdentity<T>(accountId: AccountId, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof LibSignalErrorBase && error.code === ErrorCode.UntrustedIdentity) {
        throw new IdentityChangedError(accountId);
      }
      throw error;
    }
  }
}

function toPreKeyBundle(device: DeviceBundle, identityKey: PublicKey): PreKeyBundle {
  return PreKeyBundle.new(
    device.registrationId,
    device.deviceId,
    device.preKey?.keyId ?? null,
    device.preKey === undefined ? null : PublicKey.deserialize(fromB64(device.preKey.publicKey)),
    device.signedPreKey.keyId,
    PublicKey.deserialize(fromB64(device.signedPreKey.publicKey)),
    fromB64(device.signedPreKey.signature),
    identityKey,
    device.pqPreKey.keyId,
    KEMPublicKey.deserialize(fromB64(device.pqPreKey.publicKey)),
    fromB64(device.pqPreKey.signature),
  );
}
