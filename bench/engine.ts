/**
 * `npm run bench:engine`: the client engine against raw libsignal, measured in one run
 * on this machine and reported as ratios (never asserted: benchmarks do not fail builds).
 *
 * - raw: libsignal encrypt and decrypt with in-memory stores (bench/raw-signal.ts);
 * - fan-out send: one logical message to a recipient with 5 devices from a sender with
 *   3 other devices (8 encryptions, 2 relay requests, SQLCipher commits), through a
 *   real relay on loopback; reported as encryptions per second against raw encrypt;
 * - receive backlog: 10,000 envelopes waiting on the relay, decrypted, committed and
 *   acknowledged by a device that comes online; against raw decrypt.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startRelay } from '../server/relay';
import { UNLIMITED } from '../server/rate-limit';
import type { Engine } from '../engine/engine';
import { createEngine, registerPrimary } from '../engine/compose';
import { InMemoryKeyStore } from '../engine/keychain';
import { beginLinking, completeLinking } from '../engine/linking/provisioning';
import { openEncryptedStore } from '../engine/store';

const sends = Number(process.env['BENCH_SENDS'] ?? 200);
const backlog = Number(process.env['BENCH_BACKLOG'] ?? 10_000);

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-bench-engine-'));
  const relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false, config: { rateLimits: UNLIMITED } });
  const keyStore = new InMemoryKeyStore();
  const open = (profile: string) => openEncryptedStore({ dataDir: path.join(dir, profile), keyStore, profileId: profile });
  const phone = async (handle: string): Promise<Engine> => registerPrimary({ store: await open(handle), relayUrl: relay.url, handle });
  const link = async (primary: Engine, profile: string): Promise<Engine> => {
    const store = await open(profile);
    const pending = await beginLinking(relay.url);
    await primary.devices.provision(pending.url);
    await completeLinking({ store, relayUrl: relay.url, inherited: await pending.inherited, deviceName: profile });
    return createEngine({ store, relayUrl: relay.url });
  };
  const engines: Array<Engine> = [];
  try {
    process.stdout.write('Measuring raw libsignal…\n');
    const raw = await measureRawSignalOnce();

    process.stdout.write('Setting up 9 devices for the fan-out benchmark…\n');
    const alice = await phone('alice');
    const bob = await phone('bob');
    engines.push(alice, bob);
    for (let index = 0; index < 3; index++) engines.push(await link(alice, `alice-${String(index)}`));
    for (let index = 0; index < 4; index++) engines.push(await link(bob, `bob-${String(index)}`));
    const bobId = await alice.contacts.resolveHandle('bob');
    alice.start();
    // Warm up: sessions with all 7 other devices are created by the first send.
    alice.messaging.sendText(bobId, 'warm-up');
    await alice.flushOutbox();
    await alice.flushOutbox();
    const fanOutStarted = performance.now();
    for (let index = 0; index < sends; index++) alice.messaging.sendText(bobId, `fan-out ${String(index)}`);
    await alice.flushOutbox();
    await alice.flushOutbox();
    const fanOutSeconds = (performance.now() - fanOutStarted) / 1000;
    const fanOutPerSecond = sends / fanOutSeconds;

    process.stdout.write(`Queuing a backlog of ${String(backlog)} envelopes…\n`);
    const carol = await phone('carol');
    const dave = await phone('dave');
    engines.push(carol, dave);
    const daveId = await carol.contacts.resolveHandle('dave');
    carol.start();
    for (let index = 0; index < backlog; index++) carol.messaging.sendText(daveId, `backlog ${String(index)}`);
    await carol.flushOutbox();
    await carol.flushOutbox();
    const drained = new Promise<void>((resolve) => {
      const dispose = dave.on('queueEmpty', () => {
        dispose();
        resolve();
      });
    });
    const receiveStarted = performance.now();
    dave.start();
    await drained;
    const receiveSeconds = (performance.now() - receiveStarted) / 1000;
    const conversation = dave.conversations.direct(carol.account.accountId);
    const received = conversation === undefined ? 0 : dave.messaging.list(conversation.id, backlog + 10).length;
    const receivePerSecond = received / receiveSeconds;

    const fmt = (value: number): string => value.toFixed(0).padStart(8);
    process.stdout.write(
      [
        '',
        'engine benchmark (this machine, one run)',
        `  raw libsignal encrypt          ${fmt(raw.encryptPerSecond)} msg/s   (limit for the fan-out ratio)`,
        `  raw libsignal decrypt          ${fmt(raw.decryptPerSecond)} msg/s   (limit for the backlog ratio)`,
        `  fan-out send (5 + 3 devices)   ${fmt(fanOutPerSecond)} sends/s = ${fmt(fanOutPerSecond * 8)} encryptions/s  ratio ${(fanOutPerSecond * 8 / raw.encryptPerSecond).toFixed(3)} of raw encrypt`,
        `  receive backlog                ${fmt(receivePerSecond)} msg/s   (${String(received)}/${String(backlog)} in ${receiveSeconds.toFixed(1)} s, decrypt + commit + ack)  ratio ${(receivePerSecond / raw.decryptPerSecond).toFixed(3)} of raw decrypt`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const engine of engines) await engine.stop();
    await relay.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function measureRawSignalOnce(): Promise<{ encryptPerSecond: number; decryptPerSecond: number }> {
  const { measureRawSignal } = await import('./raw-signal');
  await measureRawSignal(200);
  return measureRawSignal(5_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:engine failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
