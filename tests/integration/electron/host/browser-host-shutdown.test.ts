/**
 * The built browser host as `npm start` runs it, in a child process with the real
 * keychain (vitest runs inside scripts/with-keyring.sh), linked to a real phone: on
 * SIGTERM it waits for the session to close, so the WAL is checkpointed and the
 * database closed before it exits 0, nothing it started is left running, and the next
 * start opens the same account cleanly. The relay is the test's own, which the host
 * reuses as a second desktop on one machine would: stopping it costs the host nothing,
 * so only waiting for the session keeps the exit from overtaking the close.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profileIdFor } from '../../../../electron/host/services/desktop-session';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import { registerPrimary } from '../../../../engine/compose';
import { InMemoryKeyStore, keychainAccount, keychainService, loadKeytar } from '../../../../engine/keychain';
import { databaseFiles, openEncryptedStore } from '../../../../engine/store';
import { noKeyringReason, secretServiceAvailable } from '../../engine/store/keychain-probe';
import { hostBuilt, notBuiltReason, processesWithMarker, startHostProcess } from './host-process';
import type { HostProcess } from './host-process';

const keyring = await secretServiceAvailable();
const skipReason = !hostBuilt ? notBuiltReason : !keyring ? noKeyringReason : '';

let dir: string;
let relay: Relay;
const hosts: Array<HostProcess> = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-host-shutdown-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
});
afterEach(async () => {
  for (const host of hosts.splice(0)) {
    host.close();
    // A test that failed midway: stop it the way a user would, so its relay goes too.
    if (host.child.exitCode === null) host.child.kill('SIGTERM');
    await host.exited;
  }
  if (keyring) await loadKeytar().deletePassword(keychainService, keychainAccount(profileIdFor(path.join(dir, 'desktop'))));
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function start(): Promise<HostProcess> {
  const host = await startHostProcess({ dataDir: path.join(dir, 'desktop'), relayPort: Number(new URL(relay.url).port) });
  hosts.push(host);
  return host;
}

async function sizeOrAbsent(file: string): Promise<number | 'absent'> {
  return fs.stat(file).then(
    (stat) => stat.size,
    () => 'absent' as const,
  );
}

describe.skipIf(skipReason !== '')(`the browser host on SIGTERM${skipReason === '' ? '' : ` (skipped: ${skipReason})`}`, () => {
  it('closes the engine and the database before exiting 0, leaves no process, and opens cleanly next time', async () => {
    const first = await start();
    const code = await first.waitForLinkState('showing-code');

    const phoneStore = await openEncryptedStore({ dataDir: path.join(dir, 'phone'), keyStore: new InMemoryKeyStore(), profileId: 'phone' });
    const phone = await registerPrimary({ store: phoneStore, relayUrl: relay.url, handle: 'alice' });
    await phone.devices.provision(code.url);
    const linked = await first.waitForLinkState('linked');
    await phone.stop();
    phoneStore.close();

    const files = databaseFiles(path.join(dir, 'desktop', 'account'));
    // The linked desktop has written (account, pre-keys) and nothing has checkpointed yet.
    expect(await sizeOrAbsent(files.wal)).toBeGreaterThan(0);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect([0, 'absent']).toContain(await sizeOrAbsent(files.wal));
    expect(await processesWithMarker(first.marker)).toEqual([]);

    const second = await start();
    const again = await second.waitForLinkState('linked');
    expect(again.deviceId).toBe(linked.deviceId);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(await processesWithMarker(second.marker)).toEqual([]);
  });
});
