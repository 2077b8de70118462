/**
 * A real relay on 127.0.0.1 (port 0) with a temporary data directory and captured logs,
 * for integration tests and the benchmark. Rate limits are off unless a test sets them,
 * and scrypt is cheaper than in production so that tests stay fast.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { RelayConfigOverrides } from '../../../../server/config';
import { UNLIMITED } from '../../../../server/rate-limit';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';

export interface TestRelay {
  readonly relay: Relay;
  readonly url: string;
  readonly dataDir: string;
  /** Every log line the relay wrote, as JSON text. */
  readonly logs: Array<string>;
  /** Closes the relay (keeping the data directory). */
  stop(): Promise<void>;
  /** Stops, then starts a new relay on the same data directory (and port 0). */
  restart(): Promise<TestRelay>;
  /** Stops and deletes the data directory. */
  dispose(): Promise<void>;
}

export interface TestRelayOptions {
  readonly config?: RelayConfigOverrides;
  readonly clock?: () => number;
  readonly dataDir?: string;
  readonly logs?: Array<string>;
}

export const TEST_SCRYPT_COST = { log2N: 10, r: 8, p: 1 } as const;

export async function startTestRelay(options: TestRelayOptions = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'parley-relay-')));
  const logs = options.logs ?? [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
      callback();
    },
  });
  // Debug level: tests prove that even the most verbose logs hold no message bytes.
  const logger = pino({ level: 'debug' }, sink);
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    logger,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    config: {
      scryptCost: TEST_SCRYPT_COST,
      durability: 'normal',
      ...options.config,
      rateLimits: { ...UNLIMITED, ...options.config?.rateLimits },
    },
  });
  const harness: TestRelay = {
    relay,
    url: relay.url,
    dataDir,
    logs,
    stop: () => relay.close(),
    restart: async () => {
      await relay.close();
      return startTestRelay({ ...options, dataDir, logs });
    },
    dispose: async () => {
      await relay.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** A clock tests can move forward. */
export class TestClock {
  constructor(public now = Date.now()) {}

  readonly read = (): number => this.now;

  advance(ms: number): void {
    this.now += ms;
  }
}

/** Every file under `dir`, concatenated (the SQLite file, its WAL, blobs). */
export async function readAllFiles(dir: string): Promise<Buffer> {
  const parts: Array<Buffer> = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push(await fs.readFile(path.join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}
