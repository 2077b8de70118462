/**
 * Sealed sender certificates. The relay holds a trust root key and a server key signed by
 * it; for an authenticated device it issues a short-lived SenderCertificate (account id,
 * device id, account identity key) signed by the server key. A recipient checks the
 * certificate against the trust root it pinned, so a sealed envelope names its sender to
 * the recipient only, never to the relay.
 *
 * The keys are the relay's own secrets (no user data), kept in the data directory, 0600.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PrivateKey, PublicKey, SenderCertificate, ServerCertificate } from '@signalapp/libsignal-client';
import { deviceRemovedStatement, SENDER_CERTIFICATE_LIFETIME_MS } from '../../shared/relay-api';
import type { DeviceRemovalStatement, DeviceRemovedFacts } from '../../shared/relay-api';
import type { AuthenticatedDevice } from '../auth/authenticator';
import { NotFoundError } from '../errors';
import type { RelayStore } from '../store/types';

interface StoredKeys {
  readonly trustRoot: string;
  readonly serverKey: string;
  readonly keyId: number;
}

export class CertificateService {
  private constructor(
    private readonly trustRoot: PrivateKey,
    private readonly serverKey: PrivateKey,
    private readonly serverCertificate: ServerCertificate,
    private readonly store: RelayStore,
    private readonly clock: () => number,
  ) {}

  static async open(dataDir: string, store: RelayStore, clock: () => number): Promise<CertificateService> {
    const file = path.join(dataDir, 'sealed-sender-keys.json');
    let stored: StoredKeys;
    try {
      stored = JSON.parse(await fs.readFile(file, 'utf8')) as StoredKeys;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      stored = {
        trustRoot: Buffer.from(PrivateKey.generate().serialize()).toString('base64'),
        serverKey: Buffer.from(PrivateKey.generate().serialize()).toString('base64'),
        keyId: 1,
      };
      // Written once, exclusively: two relays starting on one folder must not pick different roots.
      await fs.writeFile(file, JSON.stringify(stored), { mode: 0o600, flag: 'wx' }).catch(async (writeError: unknown) => {
        if ((writeError as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError;
        stored = JSON.parse(await fs.readFile(file, 'utf8')) as StoredKeys;
      });
    }
    const trustRoot = PrivateKey.deserialize(Uint8Array.from(Buffer.from(stored.trustRoot, 'base64')));
    const serverKey = PrivateKey.deserialize(Uint8Array.from(Buffer.from(stored.serverKey, 'base64')));
    const serverCertificate = ServerCertificate.new(stored.keyId, serverKey.getPublicKey(), trustRoot);
    return new CertificateService(trustRoot, serverKey, serverCertificate, store, clock);
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
    const account = await this.store.getAccount(device.accountId);
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
