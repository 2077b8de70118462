/**
 * How content leaves this device: sealed sender when the recipient's profile key is
 * known (the relay does not learn who writes to whom), authenticated as this device
 * otherwise; the relay's trust root pinned on first use; and libsignal's retry request
 * for what could not be decrypted.
 */
import type { DecryptionErrorMessage } from '@signalapp/libsignal-client';
import { PlaintextContent, ProtocolAddress, PublicKey, SenderCertificate } from '@signalapp/libsignal-client';
import { EnvelopeType } from '../../shared/proto';
import { asDeviceId } from '../../shared/relay-api';
import { deriveAccessKey } from '../crypto/access-key';
import type { Mutex } from '../mutex';
import { RelayAuthError, StaleDevicesError } from '../relay-client/errors';
import type { RelayHttpClient } from '../relay-client/http';
import type { SignalStores } from '../signal';
import type { AccountId, LocalAccount, Store } from '../store';
import type { MessageSender, SendOptions, SendResult } from './sender';

export interface TransportOptions {
  readonly store: Pick<Store, 'getRecipient' | 'getItem' | 'setItem' | 'listRecipientDevices'>;
  readonly relay: RelayHttpClient;
  readonly sender: MessageSender;
  readonly signal: SignalStores;
  readonly sessionLock: Mutex;
  readonly account: () => LocalAccount;
  readonly now: () => number;
}

export class Transport {
  private certificate: { readonly value: SenderCertificate; readonly refreshAt: number } | undefined;

  constructor(private readonly options: TransportOptions) {}

  /**
   * Sends sealed when the recipient's profile key is known, otherwise (or when the relay
   * refuses the access key: the contact changed its profile key) as this device.
   */
  send(recipient: AccountId, payload: Uint8Array<ArrayBuffer>, timestamp: number, urgent: boolean): Promise<SendResult> {
    return this.sendWith(recipient, payload, timestamp, { urgent });
  }

  /**
   * As `send`, but online-only (presence, typing): the relay pushes it to the devices
   * connected now and stores nothing; an offline device never gets it.
   */
  sendOnline(recipient: AccountId, payload: Uint8Array<ArrayBuffer>, timestamp: number): Promise<SendResult> {
    return this.sendWith(recipient, payload, timestamp, { urgent: false, online: true });
  }

  private async sendWith(
    recipient: AccountId,
    payload: Uint8Array<ArrayBuffer>,
    timestamp: number,
    options: Pick<SendOptions, 'urgent' | 'online'>,
  ): Promise<SendResult> {
    const { store, sender } = this.options;
    const profileKey = recipient === this.options.account().accountId ? null : (store.getRecipient(recipient)?.profileKey ?? null);
    if (profileKey !== null) {
      try {
        const certificate = await this.senderCertificate();
        return await sender.sendToAccount(recipient, payload, timestamp, {
          ...options,
          sealed: { accessKey: deriveAccessKey(profileKey), certificate },
        });
      } catch (error) {
        if (!(error instanceof RelayAuthError)) throw error;
      }
    }
    return sender.sendToAccount(recipient, payload, timestamp, options);
  }

  /** The relay's trust root, pinned on first use: a later relay cannot swap it. */
  async trustRoot(): Promise<PublicKey> {
    const { store, relay } = this.options;
    let pinned = store.getItem('relayTrustRoot');
    if (pinned === undefined) {
      pinned = await relay.getTrustRoot();
      store.setItem('relayTrustRoot', pinned);
    }
    return PublicKey.deserialize(Uint8Array.from(Buffer.from(pinned, 'base64')));
  }

  /** Asks a sender to resend what we could not decrypt (libsignal's retry request, as plaintext content). */
  async reportDecryptionError(accountId: AccountId, deviceId: number, report: DecryptionErrorMessage): Promise<void> {
    const { store, relay, signal, sessionLock, now } = this.options;
    const content = Buffer.from(PlaintextContent.from(report).serialize()).toString('base64');
    const send = (registrationId: number): Promise<unknown> =>
      relay.sendMessages(accountId, {
        messages: [{ type: EnvelopeType.PLAINTEXT_CONTENT, destinationDeviceId: asDeviceId(deviceId), destinationRegistrationId: registrationId, content }],
        timestamp: now(),
        urgent: false,
      });
    const session = await sessionLock.runExclusive(() => signal.session.getSession(ProtocolAddress.new(accountId, deviceId)));
    const known = session?.remoteRegistrationId() ?? store.listRecipientDevices(accountId).find((device) => device.deviceId === deviceId)?.registrationId;
    if (known != null) {
      try {
        await send(known);
        return;
      } catch (error) {
        if (!(error instanceof StaleDevicesError)) throw error;
      }
    }
    // Without a session we may not know the device's registration id: the relay's directory does.
    const bundle = await relay.getPreKeyBundle(accountId, deviceId);
    const registrationId = bundle.devices.find((device) => device.deviceId === deviceId)?.registrationId;
    if (registrationId !== undefined) await send(registrationId);
  }

  private async senderCertificate(): Promise<SenderCertificate> {
    if (this.certificate !== undefined && this.certificate.refreshAt > this.options.now()) return this.certificate.value;
    const value = SenderCertificate.deserialize(Uint8Array.from(Buffer.from(await this.options.relay.getSenderCertificate(), 'base64')));
    // Refresh an hour before it expires, so a message is never sealed with a stale one.
    this.certificate = { value, refreshAt: value.expiration() - 60 * 60 * 1000 };
    return value;
  }
}
