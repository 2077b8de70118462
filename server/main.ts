/** `npm run relay -- --port 8080 --data-dir ./relay-data`: the relay on its own. */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startRelay } from './relay';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '8080' },
    'data-dir': { type: 'string', default: './relay-data' },
  },
});

const logger = pino({ name: 'parley-relay', level: process.env['PARLEY_LOG_LEVEL'] ?? 'info' });

startRelay({ host: values.host, port: Number(values.port), dataDir: values['data-dir'], logger }).then(
  (relay) => {
    // The embedding desktop reads this line to learn the port.
    logger.info({ event: 'listening', url: relay.url }, 'relay listening');
    const stop = (): void => {
      relay.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    logger.fatal({ err: error }, 'relay failed to start');
    process.exit(1);
  },
);
