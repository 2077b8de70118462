/**
 * The built browser host in a child process on machines without a usable keychain:
 * no session bus (with an X display, where libsecret would autolaunch a D-Bus daemon
 * that outlives the app), an address pointing nowhere, a bus with no Secret Service,
 * and a bus whose GNOME Keyring has no keyring and no display to ask on. Each time the
 * desktop reports the typed keychain problem within seconds (not after keytar's two
 * minutes), keeps no database, and leaves no process behind once it exits.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeychainProblem } from '../../../../shared/ipc/link';
import { databaseFiles } from '../../../../engine/store';
import { startTestBus } from '../../../unit/engine/keychain/session-bus-fixture';
import type { TestBus } from '../../../unit/engine/keychain/session-bus-fixture';
import { hostBuilt, notBuiltReason, processesWithMarker, startHostProcess } from './host-process';
import type { HostProcess } from './host-process';

/** Generous: the probe's own bound is 5 s; keytar without it took 120 s. */
const reportWithinMs = 20_000;

let dir: string;
const hosts: Array<HostProcess> = [];
const buses: Array<TestBus> = [];
let xvfb: ChildProcess | undefined;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-no-keychain-'));
});
afterEach(async () => {
  for (const host of hosts.splice(0)) {
    host.close();
    // A test that failed midway: stop it the way a user would, so its relay goes too.
    if (host.child.exitCode === null) host.child.kill('SIGTERM');
    await host.exited;
  }
  for (const bus of buses.splice(0)) await bus.stop();
  const display = xvfb;
  xvfb = undefined;
  if (display?.exitCode === null) {
    const exited = new Promise((resolve) => display.once('exit', resolve));
    display.kill('SIGTERM');
    await exited;
  }
  await fs.rm(dir, { recursive: true, force: true });
});

/** An environment with none of this process's D-Bus session (vitest runs inside one). */
function withoutSessionBus(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR', 'DISPLAY', 'WAYLAND_DISPLAY']) Reflect.deleteProperty(env, name);
  return { ...env, ...extra };
}

/** A real X server, so that libsecret's autolaunch could succeed here if it were ever tried. */
async function startXvfb(): Promise<string> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  xvfb = child;
  const pipe = child.stdio[3];
  if (pipe === null || pipe === undefined || !('on' in pipe)) throw new Error('no display pipe');
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    pipe.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('exit', (code) => {
      reject(new Error(`Xvfb exited with ${String(code)}`));
    });
  });
  return display;
}

async function expectKeychainProblem(env: NodeJS.ProcessEnv, reason: KeychainProblem): Promise<void> {
  const dataDir = path.join(dir, 'desktop');
  const started = Date.now();
  const host = await startHostProcess({ dataDir, env });
  hosts.push(host);
  let timer: NodeJS.Timeout | undefined;
  const failed = await Promise.race([
    host.waitForLinkState('failed'),
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        resolve(undefined);
      }, reportWithinMs);
    }),
  ]);
  clearTimeout(timer);
  const elapsed = Date.now() - started;
  expect(failed, `no keychain problem reported within ${String(reportWithinMs)} ms`).toBeDefined();
  expect(failed?.problem).toEqual({ code: 'keychain-unavailable', reason });
  // A desktop that never linked: the link screen, with nothing at stake.
  expect(failed?.hasLocalData).toBe(false);
  expect(existsSync(databaseFiles(path.join(dataDir, 'account')).database)).toBe(false);
  expect(elapsed, `reported after ${String(elapsed)} ms`).toBeLessThan(reportWithinMs);

  host.child.kill('SIGTERM');
  expect(await host.exited).toBe(0);
  expect(await processesWithMarker(host.marker)).toEqual([]);
}

describe.skipIf(!hostBuilt)(`the browser host without a keychain${hostBuilt ? '' : ` (skipped: ${notBuiltReason})`}`, () => {
  it.skipIf(!existsSync('/usr/bin/Xvfb'))('reports no-bus without autolaunching a D-Bus daemon when there is a display but no session bus', async () => {
    const display = await startXvfb();
    await expectKeychainProblem(withoutSessionBus({ DISPLAY: display }), 'no-bus');
  });

  it('reports no-bus when the session bus address points nowhere', async () => {
    await expectKeychainProblem(withoutSessionBus({ DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(dir, 'no-such-bus')}` }), 'no-bus');
  });

  it('reports no-secret-service on a session bus where no Secret Service runs or can start', async () => {
    const bus = await startTestBus({ services: false });
    buses.push(bus);
    await expectKeychainProblem(withoutSessionBus({ DBUS_SESSION_BUS_ADDRESS: bus.address }), 'no-secret-service');
  });

  it('reports no-keyring when GNOME Keyring starts on the bus but has no keyring and no display to create one', async () => {
    // dbus-run-session without gnome-keyring: the service is activatable, nothing else.
    const bus = await startTestBus({ services: true });
    buses.push(bus);
    await expectKeychainProblem(withoutSessionBus({ DBUS_SESSION_BUS_ADDRESS: bus.address, HOME: bus.dir, XDG_DATA_HOME: bus.env['XDG_DATA_HOME'] ?? '' }), 'no-keyring');
  });
});
