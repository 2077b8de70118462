/**
 * Sealed sender certificates. The relay holds a trust root key and a server key signed by
 * it; for an authenticated device it issues a short-lived SenderCertificate (account id,
 * device id, account identity key) signed by the server key. A recipient checks the
 * certificate against the trust root it pinned, so a sealed envelope names its sender to
 * the recipient only, never to the relay.
 *
 * The keys are the relay's own secrets (no user data), from a `ServerKeySource`
 * (by default the data directory, 0600).
 */
import type { PrivateKey } from '@signalapp/libsignal-client';
import { PublicKey, SenderCertificate, ServerCertificate } from '@signalapp/libsignal-client';
import { deviceRemovedStatement, SENDER_CERTIFICATE_LIFETIME_MS } from '../../shared/relay-api';
import type { DeviceRemovalStatement, DeviceRemovedFacts } from '../../shared/relay-api';
import type { AuthenticatedDevice } from '../auth/authenticator';
import { NotFoundError } from '../errors';
import type { ServerKeySource } from '../keys/server-keys';
import type { RelayStores } from '../store/types';

export class CertificateService {
  private constructor(
    private readonly trustRoot: PrivateKey,
    private readonly serverKey: PrivateKey,
    private readonly serverCertificate: ServerCertificate,
    private readonly stores: Pick<RelayStores, 'accounts'>,
    private readonly clock: () => number,
  ) {}

  static async open(keys: ServerKeySource, stores: Pick<RelayStores, 'accounts'>, clock: () => number): Promise<CertificateService> {
    const { trustRoot, serverKey, keyId } = await keys.load();
    const serverCertificate = ServerCertificate.new(keyId, serverKey.getPublicKey(), trustRoot);
    return new CertificateService(trustRoot, serverKey, serverCertificate, stores, clock);
  }

  trustRootPublicKey(): string {
    return Buffer.from(this.trustRoot.getPublicKey().serialize()).toString('base64');
  }

  /**
   * "This device was removed", signed by the server key over the device's own challenge;
   * the server certificate goes with it so the device can check the key against the
   * trust root it pinned. A relay with another trust root (e.g. restarted on an empty
   * data folder) cannot produce a statement that device accepts.
   */
  signDeviceRemoved(facts: DeviceRemovedFacts): DeviceRemovalStatement {
    return {
      removedAt: facts.removedAt,
      signature: Buffer.from(this.serverKey.sign(deviceRemovedStatement(facts))).toString('base64'),
      serverCertificate: Buffer.from(this.serverCertificate.serialize()).toString('base64'),
    };
  }

  /** A certificate for this device, naming its account's identity key. */
  async issueFor(device: AuthenticatedDevice): Promise<string> {
    const account = await this.stores.accounts.getAccount(device.accountId);
    if (account === undefined) throw new NotFoundError('No such account.');
    const certificate = SenderCertificate.new(
      device.accountId,
      null,
      device.deviceId,
      PublicKey.deserialize(Uint8Array.from(account.identityKey)),
      this.clock() + SENDER_CERTIFICATE_LIFETIME_MS,
      this.serverCertificate,
      this.serverKey,
    );
    return Buffer.from(certificate.serialize()).toString('base64');
  }
}
