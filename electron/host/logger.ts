import pino from 'pino';
import type { Logger } from 'pino';

/**
 * One logger for the host. Known secret-bearing fields are redacted wherever they
 * appear, so a careless `log.info({ token })` cannot leak them.
 */
export const redactedPaths = [
  'token',
  '*.token',
  'password',
  '*.password',
  'key',
  '*.key',
  'body',
  '*.body',
  'ciphertext',
  '*.ciphertext',
  'req.headers.authorization',
  'req.url',
];

export function createLogger(name: string, level = process.env['PARLEY_LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ name, level, redact: { paths: redactedPaths, censor: '[redacted]' } }, pino.destination(2));
}

export type { Logger };
