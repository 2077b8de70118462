/**
 * The host's process as a Node child: what electron/main/host-utility.ts does in
 * Electron's utilityProcess. Node's IPC channel cannot carry MessagePorts, so each port
 * main hands over travels as a numbered stream of messages on it (see the test's
 * `spawnChild`); everything above the port is the real host.
 */
import pino from 'pino';
import { runHostProcess } from '../../../../../electron/host/host-process';
import type { PortLink } from '../../../../../electron/host/host-process';

type FromMain =
  | { readonly kind: 'main'; readonly message: unknown; readonly ports: ReadonlyArray<number> }
  | { readonly kind: 'port'; readonly port: number; readonly data: unknown }
  | { readonly kind: 'port-closed'; readonly port: number };

const send = (message: unknown): void => {
  process.send?.(message);
};
const portListeners = new Map<number, { message?: (data: unknown) => void; close?: () => void; waiting: Array<unknown> }>();

function linkOf(id: number): PortLink {
  const entry: { message?: (data: unknown) => void; close?: () => void; waiting: Array<unknown> } = { waiting: [] };
  portListeners.set(id, entry);
  return {
    post: (data) => {
      send({ kind: 'port', port: id, data });
    },
    onMessage: (listener) => {
      entry.message = listener;
      for (const data of entry.waiting.splice(0)) listener(data);
    },
    onClose: (listener) => {
      entry.close = listener;
    },
    close: () => {
      portListeners.delete(id);
      send({ kind: 'port-closed', port: id });
    },
  };
}

let onMain: ((message: unknown, ports: ReadonlyArray<PortLink>) => void) | undefined;
process.on('message', (raw: FromMain) => {
  if (raw.kind === 'main') {
    onMain?.(raw.message, raw.ports.map(linkOf));
    return;
  }
  const entry = portListeners.get(raw.port);
  if (entry === undefined) return;
  if (raw.kind === 'port-closed') {
    portListeners.delete(raw.port);
    entry.close?.();
  } else if (entry.message === undefined) entry.waiting.push(raw.data);
  else entry.message(raw.data);
});

runHostProcess({
  parent: {
    post: (message) => {
      send({ kind: 'main', message });
    },
    onMessage: (listener) => {
      onMain = listener;
    },
  },
  log: pino({ level: 'silent' }),
  exit: () => {
    process.disconnect();
  },
});
