/**
 * `npm run bench:relay` (or `npx tsx bench/relay.ts [--devices 32] [--messages 10000] [--seconds 20]`):
 * routes messages between many connected devices on loopback and prints messages/s and
 * p50/p99 latency (HTTP PUT by the sender → envelope pushed on the recipient's socket),
 * next to a baseline measured in the same run: a raw `ws` echo round trip on loopback
 * with the same number of clients and payload size. Prints figures only; never fails on time.
 *
 * The relay runs in a child process (this file with `--serve`), so that the clients and
 * the relay do not share one event loop.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import WebSocket, { WebSocketServer } from 'ws';
import { UNLIMITED } from '../server/rate-limit';
import { startRelay } from '../server/relay';
import { Envelope, WebSocketMessage, WebSocketMessageType } from '../shared/proto';
import { DeviceSocketPaths } from '../shared/relay-api';
import { basicAuthorization, registerAccount } from '../tests/integration/server/support/relay-client';
import type { TestDevice } from '../tests/integration/server/support/relay-client';

const PAYLOAD_BYTES = 256;

interface ServerUrls {
  readonly relay: string;
  readonly echo: string;
}

/** Child mode: the relay (rate limits off) and a raw ws echo server, both on loopback. */
async function serve(dataDir: string, durability: 'full' | 'normal'): Promise<void> {
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    logger: pino({ level: 'warn' }),
    config: { rateLimits: UNLIMITED, durability },
  });
  const echo = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  echo.on('connection', (socket) => {
    socket.on('message', (data: Buffer) => {
      socket.send(data);
    });
  });
  await new Promise<void>((resolve) => echo.once('listening', resolve));
  const address = echo.address();
  const echoPort = typeof address === 'object' && address !== null ? address.port : 0;
  const urls: ServerUrls = { relay: relay.url, echo: `ws://127.0.0.1:${String(echoPort)}` };
  process.stdout.write(`${JSON.stringify(urls)}\n`);
  process.once('SIGTERM', () => {
    echo.close();
    relay.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

interface Figures {
  readonly messages: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

function figures(latencies: ReadonlyArray<number>, seconds: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const pick = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { messages: sorted.length, seconds, perSecond: sorted.length / seconds, p50: pick(0.5), p99: pick(0.99) };
}

/** Baseline: each client sends a payload to an echo server and waits for it, in a loop. */
async function measureEcho(url: string, clients: number, total: number, deadline: number): Promise<Figures> {
  const latencies: Array<number> = [];
  const sockets = await Promise.all(
    Array.from(
      { length: clients },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(url, { perMessageDeflate: false });
          ws.once('open', () => {
            resolve(ws);
          });
          ws.once('error', reject);
        }),
    ),
  );
  const started = performance.now();
  let sent = 0;
  await Promise.all(
    sockets.map(async (ws) => {
      const payload = randomBytes(PAYLOAD_BYTES);
      while (sent < total && performance.now() < deadline) {
        sent += 1;
        const t0 = performance.now();
        await new Promise<void>((resolve) => {
          ws.once('message', () => {
            resolve();
          });
          ws.send(payload);
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const ws of sockets) ws.close();
  return figures(latencies, seconds);
}

/** A device socket that acknowledges every envelope and reports its content. */
function connectDevice(relayUrl: string, device: TestDevice, onContent: (content: Uint8Array) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(new URL('/v1/websocket', relayUrl.replace('http', 'ws')), {
      headers: { authorization: basicAuthorization(device.login, device.password) },
      perMessageDeflate: false,
    });
    ws.on('message', (data: Buffer) => {
      const message = WebSocketMessage.decode(data);
      const request = message.request;
      if (message.type !== WebSocketMessageType.REQUEST || request == null) return;
      if (request.path !== DeviceSocketPaths.deliver || request.body == null) return;
      onContent(Envelope.decode(request.body).content);
      ws.send(
        WebSocketMessage.encode({
          type: WebSocketMessageType.RESPONSE,
          response: { id: request.id, status: 200, message: 'OK', headers: [] },
        }).finish(),
      );
    });
    ws.once('open', () => {
      resolve(ws);
    });
    ws.once('error', reject);
  });
}

/**
 * Relay: every device sends to another device (a ring), one PUT outstanding per sender;
 * latency is PUT start → envelope on the recipient's socket.
 */
async function measureRelay(relayUrl: string, devices: number, total: number, deadline: number): Promise<Figures> {
  const accounts: Array<TestDevice> = [];
  const tag = randomBytes(3).toString('hex');
  for (let index = 0; index < devices; index += 1) accounts.push(await registerAccount(relayUrl, `bench-${tag}-${String(index)}`));
  const sentAt = new Map<number, number>();
  const latencies: Array<number> = [];
  let arrived = 0;
  let allArrived: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    allArrived = resolve;
  });
  let expected = Infinity;
  const onContent = (content: Uint8Array): void => {
    const id = Buffer.from(content).readUInt32BE(0);
    const start = sentAt.get(id);
    if (start === undefined) return;
    sentAt.delete(id);
    latencies.push(performance.now() - start);
    arrived += 1;
    if (arrived >= expected) allArrived();
  };
  const sockets = await Promise.all(accounts.map((device) => connectDevice(relayUrl, device, onContent)));

  const started = performance.now();
  let nextId = 0;
  let failures = 0;
  await Promise.all(
    accounts.map(async (sender, index) => {
      const recipient = accounts[(index + 1) % accounts.length];
      if (recipient === undefined) return;
      while (nextId < total && performance.now() < deadline) {
        const id = nextId++;
        const content = randomBytes(PAYLOAD_BYTES);
        content.writeUInt32BE(id, 0);
        sentAt.set(id, performance.now());
        const result = await sender.send(recipient.accountId, [
          { deviceId: 1, registrationId: recipient.registrationId, content },
        ]);
        if (result.status !== 200) {
          failures += 1;
          sentAt.delete(id);
        }
      }
    }),
  );
  expected = nextId - failures;
  if (arrived >= expected) allArrived();
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  const seconds = (performance.now() - started) / 1000;
  for (const ws of sockets) ws.close();
  if (failures > 0) process.stdout.write(`  (${String(failures)} sends were refused)\n`);
  if (arrived < expected) process.stdout.write(`  (${String(expected - arrived)} envelopes did not arrive in time)\n`);
  return figures(latencies, seconds);
}

async function startServers(durability: 'full' | 'normal'): Promise<{ urls: ServerUrls; stop: () => Promise<void>; dataDir: string }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-bench-'));
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve', dataDir, durability], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const urls = await new Promise<ServerUrls>((resolve, reject) => {
    lines.once('line', (line) => {
      resolve(JSON.parse(line) as ServerUrls);
    });
    child.once('exit', (code) => {
      reject(new Error(`relay process exited (${String(code)})`));
    });
  });
  return {
    urls,
    dataDir,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

function report(name: string, result: Figures): void {
  process.stdout.write(
    `${name.padEnd(34)} ${result.perSecond.toFixed(0).padStart(7)} msg/s   p50 ${ms(result.p50).padStart(9)}   p99 ${ms(result.p99).padStart(9)}   (${String(result.messages)} in ${result.seconds.toFixed(1)} s)\n`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'boolean', default: false },
      devices: { type: 'string', default: '32' },
      messages: { type: 'string', default: '10000' },
      seconds: { type: 'string', default: '20' },
    },
    allowPositionals: true,
    strict: false,
  });
  if (values.serve === true) {
    const [dataDir, durability] = process.argv.slice(process.argv.indexOf('--serve') + 1);
    await serve(dataDir ?? os.tmpdir(), durability === 'normal' ? 'normal' : 'full');
    return;
  }
  const devices = Number(values.devices);
  const total = Number(values.messages);
  const seconds = Number(values.seconds);
  process.stdout.write(
    `Parley relay benchmark: ${String(devices)} devices, up to ${String(total)} messages of ${String(PAYLOAD_BYTES)} bytes or ${String(seconds)} s per phase, loopback, ${String(os.cpus().length)} CPUs\n`,
  );

  const results: Array<[string, Figures]> = [];
  for (const durability of ['full', 'normal'] as const) {
    const servers = await startServers(durability);
    try {
      if (durability === 'full') {
        const echo = await measureEcho(servers.urls.echo, devices, total, performance.now() + seconds * 1000);
        results.push(['baseline: raw ws echo round trip', echo]);
        report('baseline: raw ws echo round trip', echo);
      }
      const name = `relay (durability: ${durability})`;
      const relay = await measureRelay(servers.urls.relay, devices, total, performance.now() + seconds * 1000);
      results.push([name, relay]);
      report(name, relay);
    } finally {
      await servers.stop();
    }
  }
  const baseline = results[0]?.[1];
  if (baseline === undefined) return;
  process.stdout.write('\nRatios against the baseline measured in this run:\n');
  for (const [name, result] of results.slice(1)) {
    process.stdout.write(
      `  ${name}: throughput ${(result.perSecond / baseline.perSecond).toFixed(3)}× the echo, ` +
        `p50 latency ${(result.p50 / baseline.p50).toFixed(1)}× the echo round trip, p99 ${(result.p99 / baseline.p99).toFixed(1)}×\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
