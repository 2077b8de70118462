import os from 'node:os';
import { appService } from '../../shared/ipc/app';
import { IpcRouter } from '../../shared/ipc/router';
import { settingsService } from '../../shared/ipc/settings';
import type { Logger } from './logger';
import { PreferencesStore } from './preferences';
import { RelayMonitor } from './relay-monitor';

export interface HostContext {
  readonly router: IpcRouter;
  dispose(): void;
}

export interface HostOptions {
  readonly host: 'electron' | 'browser';
  readonly version: string;
  readonly relayUrl: string;
  readonly dataDir: string;
  readonly log: Logger;
}

/**
 * The one wiring point of a desktop host: builds every service implementation and
 * registers it with the router. Electron's main process and the browser host both
 * call this, so the renderer meets the same services in either.
 */
export function createHost(options: HostOptions): HostContext {
  const router = new IpcRouter();
  const relay = new RelayMonitor(options.relayUrl);
  const preferences = new PreferencesStore(options.dataDir, options.log);

  router.registerService(appService, (emit) => {
    relay.onDidChange((status) => {
      emit.onDidChangeRelayStatus(status);
    });
    return {
      getInfo: () => ({
        version: options.version,
        host: options.host,
        platform: process.platform,
        defaultDeviceName: os.hostname(),
      }),
      getRelayStatus: () => relay.current,
      checkRelay: () => relay.check(),
    };
  });

  router.registerService(settingsService, (emit) => ({
    get: () => preferences.read(),
    setTheme: async (theme) => {
      const next = await preferences.update({ theme });
      emit.onDidChangeSettings(next);
      return next;
    },
  }));

  relay.start();
  return {
    router,
    dispose: () => {
      relay.stop();
    },
  };
}
