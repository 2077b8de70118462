/**
 * `npm run relay -- --port 8080 --data-dir ./relay-data`: the relay on its own.
 * Prints JSON log lines; the one with `event: "listening"` carries the URL (the embedding
 * desktop reads it to learn the port).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startRelay, REDACTED_LOG_PATHS } from './relay';

const DAY_MS = 24 * 60 * 60 * 1000;

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8080' },
    'data-dir': { type: 'string', default: './relay-data' },
    'message-ttl-days': { type: 'string' },
    'attachment-ttl-days': { type: 'string' },
    'max-attachment-mb': { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'trust-proxy': { type: 'boolean', default: false },
  },
});

const logger = pino({
  name: 'parley-relay',
  level: process.env['PARLEY_LOG_LEVEL'] ?? 'info',
  redact: REDACTED_LOG_PATHS,
});

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    logger.fatal({ option: name }, 'option must be a positive number');
    process.exit(2);
  }
  return number;
}

const messageTtlDays = positive('message-ttl-days', values['message-ttl-days']);
const attachmentTtlDays = positive('attachment-ttl-days', values['attachment-ttl-days']);
const maxAttachmentMb = positive('max-attachment-mb', values['max-attachment-mb']);
const tlsCert = values['tls-cert'];
const tlsKey = values['tls-key'];
if ((tlsCert === undefined) !== (tlsKey === undefined)) {
  logger.fatal('--tls-cert and --tls-key go together');
  process.exit(2);
}

startRelay({
  host: values.host,
  port: Number(values.port),
  dataDir: values['data-dir'],
  logger,
  config: {
    ...(messageTtlDays === undefined ? {} : { messageTtlMs: messageTtlDays * DAY_MS }),
    ...(attachmentTtlDays === undefined ? {} : { attachmentTtlMs: attachmentTtlDays * DAY_MS }),
    ...(maxAttachmentMb === undefined ? {} : { maxAttachmentBytes: Math.floor(maxAttachmentMb * 1024 * 1024) }),
    trustProxy: values['trust-proxy'],
  },
  ...(tlsCert === undefined || tlsKey === undefined
    ? {}
    : { tls: { cert: fs.readFileSync(tlsCert), key: fs.readFileSync(tlsKey) } }),
}).then(
  (relay) => {
    // The embedding desktop reads this line to learn the port.
    logger.info({ event: 'listening', url: relay.url }, 'relay listening');
    const stop = (): void => {
      relay.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'relay did not stop cleanly');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    logger.fatal({ err: error }, 'relay failed to start');
    process.exit(1);
  },
);
