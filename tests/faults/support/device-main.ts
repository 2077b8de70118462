/**
 * One Parley device in a process of its own, so a fault test can SIGKILL it mid-work.
 * Runs an `Engine` over a real SQLCipher store whose key is in the real keychain (the
 * test's private Secret Service, inherited through the environment), and answers the
 * parent over the IPC channel: what it stored so far, a full report, sends.
 *
 * Started by `startDeviceProcess` (processes.ts); not a test file.
 */
import { createEngine } from '../../../engine/compose';
import { KeytarKeyStore, loadKeytar } from '../../../engine/keychain';
import { openEncryptedStore, toAccountId } from '../../../engine/store';
import type { DeviceCommand, DeviceConfig, DeviceReply } from './protocol';
import { reportEngine } from './report';

const config = JSON.parse(process.env['PARLEY_FAULT_DEVICE'] ?? '{}') as DeviceConfig;

function reply(message: DeviceReply): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const store = await openEncryptedStore({
    dataDir: config.dataDir,
    keyStore: new KeytarKeyStore({ keytar: loadKeytar() }),
    profileId: config.profileId,
  });
  let frozenAt: number | undefined;
  const engine = createEngine({ store, relayUrl: config.relayUrl, now: () => frozenAt ?? Date.now() });
  const countStored = (): number =>
    store.listConversations().reduce((total, conversation) => total + store.listMessages(conversation.id, { limit: 1_000_000 }).length, 0);
  let stored = countStored();
  engine.on('received', (event) => {
    if (event.kind !== 'message') return;
    stored++;
    reply({ type: 'stored', count: stored });
  });
  engine.on('queueEmpty', () => {
    reply({ type: 'queue-empty', count: stored });
  });
  engine.on('outboxIdle', () => {
    reply({ type: 'outbox-idle' });
  });
  process.on('message', (raw) => {
    const command = raw as DeviceCommand;
    switch (command.cmd) {
      case 'report': {
        const report = reportEngine(engine);
        reply({ type: 'report', report });
        return;
      }
      case 'send':
        frozenAt = command.clockAt;
        try {
          for (const body of command.bodies) engine.messaging.sendText(toAccountId(command.to), body);
        } finally {
          frozenAt = undefined;
        }
        reply({ type: 'queued', count: command.bodies.length });
        return;
      case 'stop':
        engine.stop().then(
          () => {
            store.close();
            reply({ type: 'stopped' });
            process.exit(0);
          },
          (error: unknown) => {
            process.stderr.write(`stop failed: ${String(error)}\n`);
            process.exit(1);
          },
        );
        return;
    }
  });
  engine.start();
  reply({ type: 'ready', count: stored });
}

main().catch((error: unknown) => {
  process.stderr.write(`device failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exit(1);
});
