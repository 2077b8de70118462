/**
 * Entry of the host's utility process (Electron's `utilityProcess`): adapts
 * `process.parentPort` and Electron's MessagePortMain to the links host-process.ts
 * serves. Nothing else: the host itself is plain Node and tested without Electron.
 */
import { createLogger } from '../host/logger';
import { runHostProcess } from '../host/host-process';
import type { PortLink } from '../host/host-process';

function linkOf(port: Electron.MessagePortMain): PortLink {
  return {
    post: (message) => {
      port.postMessage(message);
    },
    onMessage: (listener) => {
      port.on('message', (event) => {
        listener(event.data);
      });
      // Messages wait in the port until it is started, so none is lost before the listener.
      port.start();
    },
    onClose: (listener) => {
      port.on('close', listener);
    },
    close: () => {
      port.close();
    },
  };
}

const parent = process.parentPort;
runHostProcess({
  parent: {
    post: (message) => {
      parent.postMessage(message);
    },
    onMessage: (listener) => {
      parent.on('message', (event) => {
        listener(event.data, event.ports.map(linkOf));
      });
    },
  },
  log: createLogger('parley-host'),
  // Electron's binary runs the relay child as plain Node.
  relayEnv: { ELECTRON_RUN_AS_NODE: '1' },
  exit: () => process.exit(0),
});
