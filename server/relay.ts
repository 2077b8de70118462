/**
 * The Parley relay: forwards ciphertext it cannot read. This module builds the server;
 * `main.ts` is the command-line entry.
 */
import fs from 'node:fs/promises';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';

export interface RelayOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly logger: FastifyBaseLogger | boolean;
}

export interface Relay {
  readonly url: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

export async function startRelay(options: RelayOptions): Promise<Relay> {
  await fs.mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const app = Fastify({
    loggerInstance: typeof options.logger === 'boolean' ? undefined : options.logger,
    logger: typeof options.logger === 'boolean' ? options.logger : undefined,
    bodyLimit: 1024 * 1024,
  });
  app.get('/health', () => ({ status: 'ok' }));
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${options.host}:${String(port)}`,
    app,
    close: () => app.close(),
  };
}
