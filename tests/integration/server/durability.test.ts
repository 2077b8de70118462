/**
 * Accepted envelopes survive: a restart on the same data directory, and a shutdown in the
 * middle of a burst of sends (every send answered 200 is delivered afterwards). Also the
 * command-line entry: it prints the listening line and stops cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { registerAccount, TestDevice } from './support/relay-client';
import { startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

const root = path.resolve(import.meta.dirname, '../../..');
let harness: TestRelay | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** The same device, pointed at a restarted relay's new URL. */
function at(device: TestDevice, url: string): TestDevice {
  return new TestDevice(url, device.accountId, device.deviceId, device.password, device.identity, device.registrationId);
}

describe('durability', () => {
  it('delivers envelopes queued before a restart, in order, with their guids', async () => {
    harness = await startTestRelay({ config: { durability: 'full' } });
    const alice = await registerAccount(harness.url, 'alice');
    const bob = await registerAccount(harness.url, 'bob');
    for (let index = 0; index < 5; index += 1) {
      const result = await alice.send(bob.accountId, [{ deviceId: 1, registrationId: bob.registrationId }], {
        timestamp: index,
      });
      expect(result.status).toBe(200);
    }
    harness = await harness.restart();
    const socket = await at(bob, harness.url).connect();
    await socket.waitFor(() => socket.queueEmptyCount === 1, 5_000, 'queue empty');
    expect(socket.delivered.map((entry) => entry.envelope.clientTimestamp)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(socket.delivered.map((entry) => entry.envelope.serverGuid)).size).toBe(5);
    await socket.close();
    // Credentials, keys and accounts survived too.
    expect((await at(alice, harness.url).call('GET', '/v1/accounts/whoami')).status).toBe(200);
  });

  it('loses no accepted envelope when it shuts down during a burst of sends', async () => {
    harness = await startTestRelay({ config: { durability: 'full' } });
    const alice = await registerAccount(harness.url, 'burst-alice');
    const bob = await registerAccount(harness.url, 'burst-bob');
    // Eight senders in a loop; the relay stops once 40 sends were accepted, with others in flight.
    let acceptedSoFar = 0;
    let stopRequested: () => void = () => undefined;
    const enough = new Promise<void>((resolve) => {
      stopRequested = resolve;
    });
    const outcomes: Array<{ index: number; status: number }> = [];
    let next = 0;
    const sender = async (): Promise<void> => {
      for (;;) {
        const index = next++;
        const status = await alice
          .send(bob.accountId, [{ deviceId: 1, registrationId: bob.registrationId }], { timestamp: 1_000 + index })
          .then(
            (result) => result.status,
            () => 0,
          );
        outcomes.push({ index, status });
        if (status === 200 && ++acceptedSoFar === 40) stopRequested();
        if (status !== 200) return;
      }
    };
    const senders = Promise.all(Array.from({ length: 8 }, sender));
    await enough;
    const stopped = harness.stop();
    await senders;
    await stopped;
    const accepted = outcomes.filter((outcome) => outcome.status === 200).map((outcome) => 1_000 + outcome.index);
    expect(outcomes.every((outcome) => [200, 503, 0].includes(outcome.status))).toBe(true);

    harness = await harness.restart();
    const socket = await at(bob, harness.url).connect();
    await socket.waitFor(() => socket.queueEmptyCount === 1, 10_000, 'queue empty');
    const delivered = new Set(socket.delivered.map((entry) => entry.envelope.clientTimestamp));
    for (const timestamp of accepted) expect(delivered.has(timestamp), `accepted send ${String(timestamp)}`).toBe(true);
    await socket.close();
  });
});

describe('the command-line relay', () => {
  it('logs its URL as JSON, serves, and exits 0 on SIGTERM keeping its data', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-relay-cli-'));
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(root, 'server/main.ts'), '--host', '127.0.0.1', '--port', '0', '--data-dir', dataDir],
        { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const lines = readline.createInterface({ input: child.stdout });
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error('no listening line'));
        }, 20_000);
        lines.on('line', (line) => {
          const record = JSON.parse(line) as { event?: string; url?: string };
          if (record.event === 'listening' && record.url !== undefined) {
            clearTimeout(timer);
            resolve(record.url);
          }
        });
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await registerAccount(url, 'cli-user');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect((await fs.readdir(dataDir)).sort()).toContain('relay.sqlite');
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
