/**
 * `npm start` where no Electron binary exists: the embedded relay, the host services
 * and the browser host, then Debian's Chromium as an app window when a display is
 * available (otherwise the loopback URL is printed for any local browser).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './browser-host';
import { createHost } from './compose';
import { createLogger } from './logger';
import { defaultUserDataDir } from './paths';
import { startEmbeddedRelay } from './relay-process';
import { closeThenExit } from './shutdown';

const here = import.meta.dirname;
const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-open': { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      'relay-port': { type: 'string', default: process.env['PARLEY_RELAY_PORT'] ?? '47800' },
    },
  });
  const log = createLogger('parley-host');
  const dataDir = defaultUserDataDir();
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const version = (JSON.parse(readFileSync(path.join(here, '../../package.json'), 'utf8')) as { version: string }).version;

  const relay = await startEmbeddedRelay({
    entry: path.join(here, 'relay.js'),
    dataDir: path.join(dataDir, 'relay'),
    port: Number(values['relay-port']),
    log,
  });
  const host = createHost({ host: 'browser', version, relayUrl: relay.url, dataDir, log, localRelay: relay.supervision });
  const browserHost = await startBrowserHost({
    router: host.router,
    rendererDir: path.join(here, '../renderer'),
    log,
    port: Number(values.port),
  });

  const opened: { browser?: ChildProcess } = {};
  // The page first (no new calls), then the session (engine stopped, WAL checkpointed,
  // database closed), then the relay and the window: nothing this process started stays.
  const shutdown = closeThenExit({
    close: async () => {
      await browserHost.close();
      await host.close();
      await relay.stop();
      if (opened.browser?.exitCode === null) opened.browser.kill('SIGTERM');
    },
    exit: (code) => process.exit(code),
    log,
  });
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  process.stdout.write(
    `\nParley (browser host) is running.\n  Relay:   ${relay.url}\n  Desktop: ${browserHost.url}\n  Data:    ${dataDir}\n\n`,
  );

  const display = process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY'];
  const chromium = chromiumCandidates.find((candidate) => existsSync(candidate));
  if (values['no-open'] || display === undefined || display === '' || chromium === undefined) {
    process.stdout.write('No display or browser to open; visit the Desktop address above. Ctrl+C stops Parley.\n');
    return;
  }
  const browser = spawn(
    chromium,
    [
      `--app=${browserHost.url}`,
      `--user-data-dir=${path.join(dataDir, 'chromium-profile')}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,800',
      // Chromium refuses to start its sandbox as root; only then do we run without it.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    { stdio: 'ignore' },
  );
  opened.browser = browser;
  browser.once('exit', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
