/**
 * Provisioning sockets (DESIGN.md, "Linking"): an unauthenticated socket gets an
 * unguessable address; the first envelope a primary sends to that address is forwarded
 * as opaque bytes, then the socket closes. An address nobody sends to expires after
 * `idleMs` (the desktop opens a new socket, and shows a new QR, before that).
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { ProvisioningAddress } from '../../shared/proto';
import { ProvisioningSocketPaths, RelayCloseCodes } from '../../shared/relay-api';
import type { Connection } from './connection';

/** The part of a Connection the hub uses (tests pass a fake). */
export type ProvisioningChannel = Pick<Connection, 'notify' | 'onClose' | 'close' | 'isOpen' | 'whenClosed'>;

interface Waiting {
  readonly connection: ProvisioningChannel;
  readonly timer: NodeJS.Timeout;
}

/**
 * Where provisioning envelopes find their socket. In process here; on several machines
 * the address would be routed (Redis pub/sub) to the machine that holds the socket.
 * Contract: tests/contracts/server/provisioning-router.contract.ts.
 */
export interface ProvisioningRouter {
  /** Gives the socket its address (sent to it first) and starts the expiry clock. */
  attach(connection: ProvisioningChannel): string;
  /**
   * Forwards one envelope and closes the socket. False when the address is unknown,
   * expired or already used: an address carries exactly one envelope.
   */
  deliver(address: string, envelope: Uint8Array): Promise<boolean>;
  /** Addresses waiting on this relay process. */
  readonly size: number;
  closeAll(code: number, reason: string): Promise<void>;
}

export interface ProvisioningHubOptions {
  readonly idleMs: number;
  readonly logger: Logger;
}

export class ProvisioningHub implements ProvisioningRouter {
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly options: ProvisioningHubOptions) {}

  /** Gives the socket its address and starts the expiry clock. */
  attach(connection: ProvisioningChannel): string {
    // 256 random bits, URL-safe: it goes into the QR code.
    const address = randomBytes(32).toString('base64url');
    const timer = setTimeout(() => {
      if (this.waiting.get(address)?.connection !== connection) return;
      this.waiting.delete(address);
      connection.close(RelayCloseCodes.provisioningExpired, 'address expired');
    }, this.options.idleMs);
    timer.unref();
    this.waiting.set(address, { connection, timer });
    connection.onClose(() => {
      clearTimeout(timer);
      if (this.waiting.get(address)?.connection === connection) this.waiting.delete(address);
    });
    connection.notify('PUT', ProvisioningSocketPaths.address, ProvisioningAddress.encode({ address }).finish());
    return address;
  }

  /**
   * Forwards one envelope and closes the socket. False when the address is unknown,
   * expired or already used: an address carries exactly one envelope.
   */
  deliver(address: string, envelope: Uint8Array): Promise<boolean> {
    const entry = this.waiting.get(address);
    if (entry?.connection.isOpen !== true) return Promise.resolve(false);
    this.waiting.delete(address);
    clearTimeout(entry.timer);
    return new Promise((resolve) => {
      entry.connection.notify('PUT', ProvisioningSocketPaths.message, envelope, (error) => {
        entry.connection.close(RelayCloseCodes.normal, 'delivered');
        resolve(error === undefined);
      });
    });
  }

  get size(): number {
    return this.waiting.size;
  }

  async closeAll(code: number, reason: string): Promise<void> {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    for (const entry of all) {
      clearTimeout(entry.timer);
      entry.connection.close(code, reason);
    }
    await Promise.all(all.map((entry) => entry.connection.whenClosed()));
  }
}
