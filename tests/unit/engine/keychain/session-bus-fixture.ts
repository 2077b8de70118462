/**
 * Private D-Bus session buses for the keychain tests: a real `dbus-daemon` on a socket
 * in a temporary folder, with or without the system's activatable services (GNOME
 * Keyring among them), and a real gnome-keyring-daemon when a test needs one. Every
 * process a fixture starts is stopped by `stop()`.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';

export interface TestBus {
  readonly address: string;
  readonly dir: string;
  /** The environment a process on this bus gets (its keyring files stay in `dir`). */
  readonly env: NodeJS.ProcessEnv;
  /** Starts gnome-keyring on this bus with an unlocked default keyring, as scripts/with-keyring.sh does. */
  startKeyring(): Promise<void>;
  /** Locks every keyring of the running gnome-keyring (the D-Bus call a screen locker makes). */
  lockKeyrings(): Promise<void>;
  stop(): Promise<void>;
}

const bareConfig = (socket: string): string => `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

export async function startTestBus(options: { readonly services: boolean }): Promise<TestBus> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-bus-'));
  const socket = path.join(dir, 'bus');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: dir,
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_RUNTIME_DIR: dir,
  };
  let args: Array<string>;
  if (options.services) {
    args = ['--session', `--address=unix:path=${socket}`];
  } else {
    const config = path.join(dir, 'bus.conf');
    await fs.writeFile(config, bareConfig(socket));
    args = [`--config-file=${config}`];
  }
  const daemon = spawn('dbus-daemon', [...args, '--nofork', '--print-address=1'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  const address = await firstLine(daemon);
  const busEnv = { ...env, DBUS_SESSION_BUS_ADDRESS: address };
  const keyrings: Array<ChildProcess> = [];
  return {
    address,
    dir,
    env: busEnv,
    startKeyring: async () => {
      const keyring = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], {
        env: busEnv,
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      keyrings.push(keyring);
      keyring.stdin.end(randomBytes(24).toString('hex'));
      await waitForName(busEnv, 'org.freedesktop.secrets');
    },
    lockKeyrings: async () => {
      await promisify(execFile)(
        'dbus-send',
        ['--session', '--print-reply', '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login'],
        { env: busEnv },
      );
    },
    stop: async () => {
      for (const child of [...keyrings, daemon]) await stopChild(child);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) throw new Error('no stdout');
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      reject(new Error(`dbus-daemon exited with ${String(code)}`));
    });
  });
}

/** Waits (by asking the bus, not by sleeping blindly) until `name` has an owner. */
async function waitForName(env: NodeJS.ProcessEnv, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { stdout } = await promisify(execFile)(
      'dbus-send',
      ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', `string:${name}`],
      { env },
    );
    if (stdout.includes('boolean true')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${name} never appeared on the test bus`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
