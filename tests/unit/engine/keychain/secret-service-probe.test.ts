/**
 * The Secret Service probe against real D-Bus session buses (private `dbus-daemon`s and
 * gnome-keyring, see session-bus-fixture.ts): each way the keychain can be missing is
 * named, and a bus that never answers costs the bound, not two minutes.
 */
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { probeSecretService } from '../../../../engine/keychain/secret-service-probe';
import { locateSessionBus } from '../../../../engine/keychain/session-bus';
import { startTestBus } from './session-bus-fixture';
import type { TestBus } from './session-bus-fixture';

const buses: Array<TestBus> = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const bus of buses.splice(0)) await bus.stop();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function bus(services: boolean): Promise<TestBus> {
  const started = await startTestBus({ services });
  buses.push(started);
  return started;
}

describe('locateSessionBus', () => {
  it('reads unix path and abstract addresses with their escapes, in order', () => {
    expect(locateSessionBus({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' })).toEqual({
      kind: 'found',
      endpoints: [{ path: '/run/user/1000/bus' }],
      source: 'DBUS_SESSION_BUS_ADDRESS',
    });
    expect(locateSessionBus({ DBUS_SESSION_BUS_ADDRESS: 'tcp:host=x,port=1;unix:abstract=/tmp/dbus-A%2cB,guid=0f' })).toMatchObject({
      endpoints: [{ path: '\0/tmp/dbus-A,B' }],
    });
  });

  it('falls back to $XDG_RUNTIME_DIR/bus only when a socket is there, and names transports it cannot use', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-runtime-'));
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'bus'), resolve));
    cleanups.push(async () => {
      await new Promise((resolve) => server.close(resolve));
      await fs.rm(dir, { recursive: true, force: true });
    });
    expect(locateSessionBus({ XDG_RUNTIME_DIR: dir })).toMatchObject({ kind: 'found', endpoints: [{ path: path.join(dir, 'bus') }] });
    expect(locateSessionBus({ XDG_RUNTIME_DIR: os.tmpdir() })).toEqual({ kind: 'none' });
    expect(locateSessionBus({})).toEqual({ kind: 'none' });
    expect(locateSessionBus({ DBUS_SESSION_BUS_ADDRESS: 'autolaunch:' })).toEqual({ kind: 'unsupported', address: 'autolaunch:' });
  });
});

describe('probeSecretService', () => {
  it('reports no bus when there is no session bus to find, without starting one', async () => {
    // With DISPLAY set, libsecret would autolaunch a dbus-daemon here; the probe must not.
    expect(await probeSecretService({ env: { DISPLAY: ':0' }, platform: 'linux' })).toMatchObject({ kind: 'unavailable', reason: 'no-bus' });
  });

  it('reports no bus when the address points at nothing', async () => {
    const probe = await probeSecretService({ env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' }, platform: 'linux' });
    expect(probe).toMatchObject({ kind: 'unavailable', reason: 'no-bus' });
  });

  it('reports no secret service on a bus where none runs or can be started', async () => {
    const bare = await bus(false);
    expect(await probeSecretService({ env: bare.env, platform: 'linux' })).toMatchObject({ kind: 'unavailable', reason: 'no-secret-service' });
  });

  it('reports no keyring when the service starts but has no default keyring and nothing can prompt for one', async () => {
    const session = await bus(true);
    expect(await probeSecretService({ env: session.env, platform: 'linux' })).toMatchObject({ kind: 'unavailable', reason: 'no-keyring' });
  });

  it('is ready, with no prompt expected, when the default keyring is unlocked', async () => {
    const session = await bus(true);
    await session.startKeyring();
    expect(await probeSecretService({ env: session.env, platform: 'linux' })).toEqual({ kind: 'ready', mayPrompt: false });
  });

  it('reports a locked keyring without a display, and expects an unlock prompt with one', async () => {
    const session = await bus(true);
    await session.startKeyring();
    await session.lockKeyrings();
    expect(await probeSecretService({ env: session.env, platform: 'linux' })).toMatchObject({ kind: 'unavailable', reason: 'locked' });
    expect(await probeSecretService({ env: { ...session.env, DISPLAY: ':0' }, platform: 'linux' })).toEqual({ kind: 'ready', mayPrompt: true });
  });

  it('gives up within its bound on a bus that accepts the connection and never answers', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-silent-'));
    const accepted: Array<net.Socket> = [];
    // Reads (so it notices the client hanging up) and never writes.
    const server = net.createServer((socket) => {
      accepted.push(socket);
      socket.resume();
    });
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'bus'), resolve));
    cleanups.push(async () => {
      for (const socket of accepted) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      await fs.rm(dir, { recursive: true, force: true });
    });
    const probe = await probeSecretService({
      env: { DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(dir, 'bus')}` },
      platform: 'linux',
      timeoutMs: 300,
    });
    expect(probe).toMatchObject({ kind: 'unavailable', reason: 'timed-out' });
    // The probe hung up: nothing of it is left connected.
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (accepted.every((socket) => socket.closed)) resolve();
        else accepted.find((socket) => !socket.closed)?.once('close', check);
      };
      check();
    });
    expect(accepted.every((socket) => socket.closed)).toBe(true);
  });

  it('leaves other systems’ keychains to keytar, which may prompt', async () => {
    expect(await probeSecretService({ env: {}, platform: 'darwin' })).toEqual({ kind: 'ready', mayPrompt: true });
    expect(await probeSecretService({ env: { DBUS_SESSION_BUS_ADDRESS: 'autolaunch:' }, platform: 'linux' })).toEqual({ kind: 'ready', mayPrompt: true });
  });
});
