/**
 * The Parley relay: forwards ciphertext it cannot read. This module is the composition
 * root (store, services, HTTP app, WebSocket upgrades, sweeper, shutdown); `main.ts` is
 * the command-line entry. See docs/protocol/relay.md for the API.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Logger } from 'pino';
import { RelayCloseCodes } from '../shared/relay-api';
import { Authenticator } from './auth/authenticator';
import { LastSeenRecorder } from './auth/last-seen';
import { FileBlobStore } from './blobs/blob-store';
import { resolveConfig } from './config';
import type { RelayConfig, RelayConfigOverrides } from './config';
import { createAuthHooks } from './http/auth-hooks';
import { FileServerKeySource } from './keys/server-keys';
import type { ServerKeySource } from './keys/server-keys';
import { buildHttpApp } from './http/app';
import { InMemoryRateLimiter } from './rate-limit';
import { AccountService } from './services/accounts';
import { AttachmentService } from './services/attachments';
import { CertificateService } from './services/certificates';
import { DeviceService } from './services/devices';
import { KeyService } from './services/keys';
import { InProcessMessageNotifier } from './services/message-notifier';
import { MessageService } from './services/messages';
import { InProcessOnlineMessageRouter } from './services/online-router';
import { SqliteRelayStore } from './store/sqlite/sqlite-store';
import { relayStoresOf } from './store/types';
import type { RelayStores } from './store/types';
import { ProvisioningHub } from './ws/provisioning';
import { DeviceConnectionRegistry } from './ws/registry';
import { UpgradeHandler } from './ws/upgrade';

/** Paths of the secrets the logger must never print, whatever a caller logs. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers["unidentified-access-key"]',
  'headers.authorization',
  'headers["unidentified-access-key"]',
  'password',
  '*.password',
];

export interface RelayOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** A pino logger, or false for silence (tests), or true for a default JSON logger. */
  readonly logger: Logger | boolean;
  readonly config?: RelayConfigOverrides;
  /** Serve HTTPS/WSS with this certificate instead of HTTP (or terminate TLS at a proxy). */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /** Milliseconds since the epoch; tests move time forward. */
  readonly clock?: () => number;
  /** Where the trust root and server key live; by default `<dataDir>/sealed-sender-keys.json`. */
  readonly serverKeys?: ServerKeySource;
  /** Other store implementations; by default all of them SQLite at `<dataDir>/relay.sqlite`. */
  readonly stores?: RelayStores;
}

export interface Relay {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly config: RelayConfig;
  readonly stores: RelayStores;
  /** Live device sockets and provisioning addresses, for tests and metrics. */
  readonly stats: () => { readonly deviceSockets: number; readonly provisioningSockets: number };
  /** Removes expired envelopes, tokens and blobs now (it also runs on a timer). */
  sweep(): Promise<void>;
  /**
   * Stops accepting work, closes sockets, lets in-flight requests finish (so every
   * envelope answered 200 is committed), then closes the store.
   */
  close(): Promise<void>;
}

function resolveLogger(option: Logger | boolean): Logger {
  if (option === false) return pino({ level: 'silent' });
  if (option === true) return pino({ name: 'parley-relay', redact: REDACTED_LOG_PATHS });
  return option;
}

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const config = resolveConfig(options.config);
  const clock = options.clock ?? Date.now;
  const logger = resolveLogger(options.logger);
  await fs.mkdir(options.dataDir, { recursive: true, mode: 0o700 });

  const stores =
    options.stores ??
    relayStoresOf(new SqliteRelayStore({ filename: path.join(options.dataDir, 'relay.sqlite'), durability: config.durability }));
  const blobs = await FileBlobStore.open(path.join(options.dataDir, 'attachments'));
  const limiter = new InMemoryRateLimiter(config.rateLimits, clock);
  const authenticator = new Authenticator(stores.devices, {
    cost: config.scryptCost,
    cacheSize: config.authCacheSize,
    cacheTtlMs: config.authCacheTtlMs,
    clock,
  });
  const lastSeen = new LastSeenRecorder(stores.devices, clock, logger);
  const notifier = new InProcessMessageNotifier();
  const online = new InProcessOnlineMessageRouter();
  const registry = new DeviceConnectionRegistry();
  const provisioning = new ProvisioningHub({ idleMs: config.provisioningIdleMs, logger: logger.child({ socket: 'provisioning' }) });
  const attachments = new AttachmentService(stores, blobs, config, clock);
  const certificates = await CertificateService.open(options.serverKeys ?? new FileServerKeySource(options.dataDir), stores, clock);

  let closing = false;
  const app = buildHttpApp(
    { logger, https: options.tls, isClosing: () => closing },
    {
      config,
      auth: createAuthHooks(authenticator, limiter, lastSeen),
      limiter,
      accounts: new AccountService(stores, config, clock),
      devices: new DeviceService(stores, config, registry, clock),
      keys: new KeyService(stores),
      messages: new MessageService(stores, config, notifier, online, clock),
      attachments,
      provisioning,
      certificates,
    },
  );

  const upgrades = new UpgradeHandler({
    config,
    stores,
    authenticator,
    certificates,
    lastSeen,
    limiter,
    registry,
    provisioning,
    notifier,
    online,
    clock,
    logger,
    isClosing: () => closing,
  });
  app.server.on('upgrade', upgrades.handle);

  const sweep = async (): Promise<void> => {
    const swept = await stores.expiry.sweepExpired(clock());
    await attachments.deleteBlobs(swept.attachments);
    await limiter.sweep();
    lastSeen.sweep();
    if (swept.messages + swept.linkTokens + swept.attachments.length + swept.tombstones > 0) {
      logger.info(
        {
          event: 'swept',
          messages: swept.messages,
          linkTokens: swept.linkTokens,
          attachments: swept.attachments.length,
          tombstones: swept.tombstones,
        },
        'expired data removed',
      );
    }
  };
  const sweeper = setInterval(() => {
    sweep().catch((error: unknown) => {
      logger.error({ err: error }, 'sweep failed');
    });
  }, config.sweepIntervalMs);
  sweeper.unref();

  try {
    await sweep();
    await app.listen({ host: options.host, port: options.port });
  } catch (error: unknown) {
    clearInterval(sweeper);
    await stores.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `${options.tls === undefined ? 'http' : 'https'}://${options.host.includes(':') ? `[${options.host}]` : options.host}:${String(port)}`;

  let closed: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    closing = true;
    clearInterval(sweeper);
    upgrades.close();
    const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref());
    await Promise.race([
      Promise.all([
        registry.closeAll(RelayCloseCodes.goingAway, 'relay shutting down'),
        provisioning.closeAll(RelayCloseCodes.goingAway, 'relay shutting down'),
      ]),
      grace,
    ]);
    // Waits for in-flight requests: an envelope the relay answered 200 for is committed.
    // A client that holds a connection open past the grace period is cut off.
    const cut = setTimeout(() => {
      app.server.closeAllConnections();
    }, config.shutdownGraceMs);
    cut.unref();
    await app.close();
    clearTimeout(cut);
    await stores.close();
    logger.info({ event: 'stopped' }, 'relay stopped');
  };

  return {
    url,
    app,
    config,
    stores,
    stats: () => ({ deviceSockets: registry.size, provisioningSockets: provisioning.size }),
    sweep,
    close: () => (closed ??= close()),
  };
}
