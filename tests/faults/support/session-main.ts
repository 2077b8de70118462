/**
 * The desktop's session (store, keychain, linking, engine, what it does when the relay
 * refuses it) in a process of its own, as the host runs it, so a fault test can SIGKILL
 * it and start it again. Reports every link state to the parent over the IPC channel.
 *
 * Started by `SessionProcess` (processes.ts); not a test file.
 */
import pino from 'pino';
import { DesktopSession } from '../../../electron/host/services/desktop-session';
import { KeytarKeyStore, loadKeytar } from '../../../engine/keychain';
import type { DeviceReport, SessionCommand, SessionConfig, SessionReply } from './protocol';
import { reportEngine } from './report';

const config = JSON.parse(process.env['PARLEY_FAULT_SESSION'] ?? '{}') as SessionConfig;

function reply(message: SessionReply): void {
  process.send?.(message);
}

const session = new DesktopSession({
  dataDir: config.dataDir,
  relayUrl: config.relayUrl,
  keyStore: new KeytarKeyStore({ keytar: loadKeytar() }),
  defaultDeviceName: 'Fault test desktop',
  log: pino({ level: 'silent' }),
});

session.on('state', (state) => {
  reply({
    type: 'state',
    kind: state.kind,
    ...(state.kind === 'showing-code' ? { url: state.url } : {}),
    ...(state.kind === 'failed' ? { problem: state.problem.code } : {}),
  });
});

function report(): DeviceReport | undefined {
  const engine = session.engine;
  return engine === undefined ? undefined : reportEngine(engine);
}

process.on('message', (raw) => {
  const command = raw as SessionCommand;
  switch (command.cmd) {
    case 'report':
      reply({ type: 'report', report: report() });
      return;
    case 'stop':
      session.close().then(
        () => {
          reply({ type: 'stopped' });
          process.exit(0);
        },
        (error: unknown) => {
          process.stderr.write(`close failed: ${String(error)}\n`);
          process.exit(1);
        },
      );
      return;
  }
});

session.initialize().catch((error: unknown) => {
  process.stderr.write(`session failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exit(1);
});
