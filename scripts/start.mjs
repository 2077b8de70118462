#!/usr/bin/env node
// `npm start` (after scripts/setup.mjs): build, then open Parley. In Electron where its
// binary exists; otherwise the browser host with Debian's Chromium as the window (or,
// with no display, the printed loopback address). The relay starts embedded either way.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  process.stderr.write('[start] the build failed; see above.\n');
  process.exit(1);
}

let stamp = {};
try {
  stamp = JSON.parse(readFileSync(path.join(root, 'node_modules', '.parley-setup.json'), 'utf8'));
} catch {
  // No record: treat Electron as unavailable.
}
const electronReady = stamp.electron?.available === true && existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'));

// Parley keeps its database key in the Secret Service, which lives on the D-Bus session
// bus. Without one the app says so on its first screen; say it here too for a terminal
// user (and never let anything autolaunch a bus that would outlive Parley).
const runtimeDir = process.env.XDG_RUNTIME_DIR;
const hasSessionBus =
  (process.env.DBUS_SESSION_BUS_ADDRESS ?? '') !== '' || (runtimeDir !== undefined && runtimeDir !== '' && existsSync(path.join(runtimeDir, 'bus')));
if (process.platform === 'linux' && !hasSessionBus) {
  process.stderr.write('[start] no D-Bus session bus, so no keychain for the database key: to try Parley, run `scripts/with-keyring.sh npm start`.\n');
}

const child = electronReady
  ? spawn(bin('electron'), ['.'], {
      cwd: root,
      stdio: 'inherit',
      // The engine loads native modules built for Electron's ABI from here (see scripts/setup.mjs).
      env: { ...process.env, PARLEY_NATIVE_DIR: path.join(root, '.native', 'electron') },
    })
  : spawn(process.execPath, [path.join(root, 'out', 'main', 'browser-host.js'), ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    });
if (!electronReady) process.stdout.write('[start] no Electron binary here: opening Parley through the browser host.\n');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
