/**
 * WebSocket upgrades, handled before Fastify sees the request so that a refused upgrade
 * gets a precise HTTP status (401, 404, 429, 503) and each socket kind its own maxPayload.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { DEVICE_CHALLENGE_HEADER, DeviceSocketPaths, isDeviceChallenge, RelayCloseCodes, WebSocketPaths } from '../../shared/relay-api';
import type { AuthenticatedDevice, Authenticator, Credentials } from '../auth/authenticator';
import type { LastSeenRecorder } from '../auth/last-seen';
import { parseBasicAuthorization, parseLogin } from '../auth/authenticator';
import type { RelayConfig } from '../config';
import { DeviceRefusedError, RelayError, ServiceUnavailableError } from '../errors';
import type { CertificateService } from '../services/certificates';
import type { RateLimiter } from '../rate-limit';
import type { MessageNotifier } from '../services/message-notifier';
import type { OnlineMessageRouter } from '../services/online-router';
import type { RelayStores } from '../store/types';
import { Connection } from './connection';
import { DeliverySession } from './delivery';
import { OnlineDeliverySession } from './online-delivery';
import type { ProvisioningRouter } from './provisioning';
import type { DeviceConnectionRegistry } from './registry';

export interface UpgradeDependencies {
  readonly config: RelayConfig;
  readonly stores: Pick<RelayStores, 'devices' | 'queues'>;
  readonly authenticator: Authenticator;
  /** Signs "this device was removed" for a refused upgrade. */
  readonly certificates: CertificateService;
  readonly lastSeen: LastSeenRecorder;
  readonly limiter: RateLimiter;
  readonly registry: DeviceConnectionRegistry;
  readonly provisioning: ProvisioningRouter;
  readonly notifier: MessageNotifier;
  readonly online: OnlineMessageRouter;
  readonly clock: () => number;
  readonly logger: Logger;
  readonly isClosing: () => boolean;
}

/** The peer's address, honouring X-Forwarded-For only when configured to. */
export function upgradeClientIp(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const first = forwarded.split(',')[0]?.trim();
    if (first !== undefined && first !== '') return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

function refuse(socket: Duplex, error: RelayError): void {
  const body = JSON.stringify(error.body());
  const reasons: Readonly<Record<number, string>> = {
    401: 'Unauthorized',
    404: 'Not Found',
    429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  const extra =
    error.status === 429 && 'retryAfterSeconds' in error ? `Retry-After: ${String(error.retryAfterSeconds)}\r\n` : '';
  socket.end(
    `HTTP/1.1 ${String(error.status)} ${reasons[error.status] ?? 'Error'}\r\n` +
      'Connection: close\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${String(Buffer.byteLength(body))}\r\n${extra}\r\n${body}`,
  );
}

/** Credentials from the Authorization header or, for clients that cannot set headers, the query. */
function credentialsOf(request: IncomingMessage, url: URL): Credentials | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) return parseBasicAuthorization(header);
  const login = url.searchParams.get('login');
  const password = url.searchParams.get('password');
  return login === null || password === null ? undefined : parseLogin(login, password);
}

/** The client's challenge for this attempt, when it sent a well-formed one. */
function challengeOf(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers[DEVICE_CHALLENGE_HEADER];
  const value = typeof header === 'string' ? header : (url.searchParams.get('challenge') ?? undefined);
  return value !== undefined && isDeviceChallenge(value) ? value : undefined;
}

export class UpgradeHandler {
  private readonly deviceServer: WebSocketServer;
  private readonly provisioningServer: WebSocketServer;

  constructor(private readonly deps: UpgradeDependencies) {
    this.deviceServer = new WebSocketServer({
      noServer: true,
      maxPayload: deps.config.deviceSocketMaxPayload,
      perMessageDeflate: false,
    });
    this.provisioningServer = new WebSocketServer({
      noServer: true,
      maxPayload: deps.config.provisioningSocketMaxPayload,
      perMessageDeflate: false,
    });
  }

  /** For `server.on('upgrade', …)`. */
  readonly handle = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    this.route(request, socket, head).catch((error: unknown) => {
      if (error instanceof RelayError) {
        refuse(socket, error);
        return;
      }
      this.deps.logger.error({ err: error }, 'upgrade failed');
      socket.destroy();
    });
  };

  private async route(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const { limiter, config } = this.deps;
    if (this.deps.isClosing()) throw new ServiceUnavailableError();
    const url = new URL(request.url ?? '/', 'http://relay.invalid');
    const path = url.pathname.replace(/\/+$/, '');
    const ip = upgradeClientIp(request, config.trustProxy);
    await limiter.take('requestsPerIp', ip);
    if (path === WebSocketPaths.provisioning) {
      await limiter.take('provisioningSocketsPerIp', ip);
      this.provisioningServer.handleUpgrade(request, socket, head, (ws) => {
        this.acceptProvisioning(ws);
      });
      return;
    }
    if (path === WebSocketPaths.device) {
      await limiter.check('authFailuresPerIp', ip);
      const credentials = credentialsOf(request, url);
      const device = credentials === undefined ? undefined : await this.deps.authenticator.authenticate(credentials);
      if (device === undefined) {
        await limiter.take('authFailuresPerIp', ip);
        throw await this.refusal(credentials, challengeOf(request, url));
      }
      if (socket.destroyed) return;
      if (this.deps.isClosing()) throw new ServiceUnavailableError();
      this.deviceServer.handleUpgrade(request, socket, head, (ws) => {
        this.acceptDevice(ws, device);
      });
      return;
    }
    throw new RelayError(404, 'not_found', 'No WebSocket here.');
  }

  /**
   * Why the upgrade is refused. Only credentials that match a removed device's tombstone
   * get "device-removed", and only with the device's challenge is it signed: the device
   * deletes nothing on anything less.
   */
  private async refusal(credentials: Credentials | undefined, challenge: string | undefined): Promise<DeviceRefusedError> {
    const refusal = await this.deps.authenticator.explainRefusal(credentials);
    if (refusal.reason !== 'device-removed' || credentials === undefined || challenge === undefined) {
      return new DeviceRefusedError(refusal.reason);
    }
    const statement = this.deps.certificates.signDeviceRemoved({
      challenge,
      accountId: credentials.accountId,
      deviceId: credentials.deviceId,
      removedAt: refusal.removedAt,
    });
    return new DeviceRefusedError('device-removed', statement);
  }

  private acceptProvisioning(ws: WebSocket): void {
    const connection = new Connection(ws, {
      heartbeatMs: this.deps.config.heartbeatMs,
      requestTimeoutMs: this.deps.config.deliveryAckTimeoutMs,
      logger: this.deps.logger,
      onRequest: (request) =>
        request.path === DeviceSocketPaths.keepalive ? { status: 200, message: 'OK' } : { status: 404, message: 'Not Found' },
    });
    this.deps.provisioning.attach(connection);
  }

  private acceptDevice(ws: WebSocket, device: AuthenticatedDevice): void {
    const { config, clock } = this.deps;
    const logger = this.deps.logger.child({ socket: 'device' });
    const connection = new Connection(ws, {
      heartbeatMs: config.heartbeatMs,
      requestTimeoutMs: config.deliveryAckTimeoutMs,
      logger,
      onRequest: (request) =>
        request.path === DeviceSocketPaths.keepalive ? { status: 200, message: 'OK' } : { status: 404, message: 'Not Found' },
    });
    this.deps.registry.register(device, connection);
    // The device may have been removed between authentication and registration, when no
    // socket was there to close. Registered first, checked second: a removal from now on
    // finds this socket in the registry, and one before it shows here.
    this.deps.stores.devices.getDevice(device.accountId, device.deviceId).then(
      (record) => {
        if (record === undefined) connection.close(RelayCloseCodes.deviceRemoved, 'device removed');
      },
      (error: unknown) => {
        logger.error({ err: error }, 'could not re-check a new device socket');
        connection.close(1011, 'internal error');
      },
    );
    new DeliverySession(this.deps.stores.queues, this.deps.notifier, connection, device, {
      window: config.deliveryWindow,
      clock,
      logger,
    }).start();
    new OnlineDeliverySession(this.deps.online, connection, device, { window: config.deliveryWindow, logger }).start();
    this.deps.lastSeen.record(device);
  }

  /** Stops both servers; the sockets themselves are closed by the registry and the hub. */
  close(): void {
    this.deviceServer.close();
    this.provisioningServer.close();
  }
}
