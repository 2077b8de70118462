#!/usr/bin/env node
// Idempotent set-up shared by `npm start` and `npm test` (also `npm run setup`):
//   1. Debian packages (installed when root; otherwise the exact list is printed),
//   2. `npm ci` when package-lock.json or the Node ABI changed,
//   3. native modules (better-sqlite3-multiple-ciphers, keytar) built for this Node,
//   4. one attempt to fetch Electron's binary, remembered, never fatal.
// When everything is in place it only compares a few hashes: well under 3 seconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stampFile = path.join(root, 'node_modules', '.parley-setup.json');
const args = new Set(process.argv.slice(2));

/** What the project needs from Debian: browser for the browser host and e2e tests, a
 *  virtual display, a Secret Service for the keychain, and a toolchain for native builds. */
export const debianPackages = [
  'chromium',
  'xvfb',
  'xauth',
  'dbus',
  'dbus-x11',
  'gnome-keyring',
  'libsecret-1-dev',
  'build-essential',
  'python3',
  'pkg-config',
  'fonts-dejavu-core',
  'fonts-liberation',
  // Reactions and the emoji picker: without a colour emoji font Chromium draws empty boxes.
  'fonts-noto-color-emoji',
];
const nativeModules = ['better-sqlite3-multiple-ciphers', 'keytar'];

function say(message) {
  process.stdout.write(`[setup] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[setup] ${message}\n`);
  process.exit(1);
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

function ensureDebianPackages() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/dpkg-query')) {
    say('not a Debian system: install Chromium, a Secret Service (gnome-keyring) and a C++ toolchain yourself.');
    return;
  }
  const query = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Abbrev}\n', ...debianPackages], {
    encoding: 'utf8',
  });
  const installed = new Set(
    query.stdout
      .split('\n')
      .filter((line) => / ii ?$/.test(line))
      .map((line) => line.split(' ')[0]),
  );
  const missing = debianPackages.filter((name) => !installed.has(name));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    fail(
      `missing Debian packages: ${missing.join(' ')}\n` +
        `[setup] run as root:  apt-get update && apt-get install -y ${missing.join(' ')}\n` +
        '[setup] then run this command again.',
    );
  }
  say(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', ['update', '-qq'], { env }) || !run('apt-get', ['install', '-y', '-qq', ...missing], { env })) {
    fail('apt-get failed; see its output above.');
  }
}

/** Node's own headers, so node-gyp never downloads them (there may be no network). */
function nodeHeadersDir() {
  const candidate = path.resolve(path.dirname(process.execPath), '..');
  return existsSync(path.join(candidate, 'include', 'node', 'node_api.h')) ? candidate : undefined;
}

function npmEnv() {
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  const headers = nodeHeadersDir();
  if (headers !== undefined) env.npm_config_nodedir = headers;
  return env;
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeStamp(stamp) {
  writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
}

function nativeModulesLoad() {
  const probe = nativeModules.map((name) => `require(${JSON.stringify(name)});`).join('');
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

function ensureNodeModules(wanted) {
  const stamp = readStamp();
  if (stamp !== undefined && stamp.lock === wanted.lock && stamp.abi === wanted.abi) return stamp;
  say('installing npm dependencies (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!run(npm, ['ci', '--no-audit', '--no-fund'], { env: npmEnv() })) fail('npm ci failed; see its output above.');
  if (!nativeModulesLoad()) {
    say('building native modules for this Node…');
    run(npm, ['rebuild', ...nativeModules], { env: npmEnv() });
    if (!nativeModulesLoad()) {
      fail(`native modules (${nativeModules.join(', ')}) do not load; libsecret-1-dev and a C++ toolchain are needed.`);
    }
  }
  const next = { ...wanted };
  writeStamp(next);
  return next;
}

/**
 * Electron's binary comes from a download server, not the npm registry, so it is a
 * separate, optional step. Its outcome is remembered; `npm run setup -- --retry-electron`
 * tries again. Where it succeeds, the native modules are also built for Electron's ABI
 * into .native/electron, leaving node_modules built for Node (which `npm test` uses).
 */
function ensureElectron(stamp) {
  if (stamp.electron !== undefined && !args.has('--retry-electron')) return;
  say('trying to fetch the Electron binary (optional)…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const available = result.status === 0 && existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'));
  let native = false;
  if (available) native = buildNativeForElectron();
  stamp.electron = {
    available,
    nativeForElectron: native,
    checkedAt: new Date().toISOString(),
    reason: available ? undefined : firstLine(result.stderr) || 'download failed',
  };
  writeStamp(stamp);
  say(
    available
      ? `Electron binary available${native ? ' (native modules built for Electron)' : ''}.`
      : 'Electron binary unavailable here; `npm start` uses the browser host in Chromium instead.',
  );
}

function buildNativeForElectron() {
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const target = path.join(root, '.native', 'electron');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of nativeModules) {
    const copy = path.join(target, name);
    cpSync(path.join(root, 'node_modules', name), copy, { recursive: true });
    const ok = run(
      process.execPath,
      [
        path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: copy, env: { ...process.env, npm_config_nodedir: '' } },
    );
    if (!ok) return false;
  }
  return true;
}

function firstLine(text) {
  return (text ?? '').split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 200);
}

const started = Date.now();
ensureDebianPackages();
const lock = createHash('sha256').update(readFileSync(path.join(root, 'package-lock.json'))).digest('hex');
const stamp = ensureNodeModules({ lock, abi: `${process.versions.modules}-${process.platform}-${process.arch}` });
ensureElectron(stamp);
if (Date.now() - started > 3_000) say(`ready (${((Date.now() - started) / 1000).toFixed(1)} s).`);
