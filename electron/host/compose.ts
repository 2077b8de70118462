import { appService } from '../../shared/ipc/app';
import { attachmentsService } from '../../shared/ipc/attachments';
import { chatsService } from '../../shared/ipc/chats';
import { connectionService } from '../../shared/ipc/connection';
import { contactsService } from '../../shared/ipc/contacts';
import { profileService } from '../../shared/ipc/profile';
import { searchService } from '../../shared/ipc/search';
import { consoleService } from '../../shared/ipc/console';
import { linkService } from '../../shared/ipc/link';
import type { KeyStore } from '../../engine/keychain';
import { IpcRouter } from '../../shared/ipc/router';
import { settingsService } from '../../shared/ipc/settings';
import { defaultDeviceName, readDeviceNameFacts } from './device-name';
import type { Logger } from './logger';
import { PreferencesStore } from './preferences';
import { RelayMonitor } from './relay-monitor';
import type { RelaySupervision } from './relay-process';
import { createAttachmentsHandler } from './services/attachments-handler';
import type { AttachmentFileActions } from './services/attachments-handler';
import { createChatsHandler } from './services/chats-handler';
import { createConnectionHandler } from './services/connection-handler';
import { createContactsHandler } from './services/contacts-handler';
import { createProfileHandler } from './services/profile-handler';
import { createSearchHandler } from './services/search-handler';
import { createConsoleHandler } from './services/console-handler';
import { DesktopSession } from './services/desktop-session';
import { createLinkHandler } from './services/link-handler';
import { chooseKeyStore } from './services/key-store';

export interface HostContext {
  readonly router: IpcRouter;
  /** Stops the engine and closes the database (WAL checkpointed); resolves when done. */
  close(): Promise<void>;
}

export interface HostOptions {
  readonly host: 'electron' | 'browser';
  readonly version: string;
  readonly relayUrl: string;
  readonly dataDir: string;
  readonly log: Logger;
  /** Where the database key lives; defaults to the OS keychain (or memory with PARLEY_KEYCHAIN=memory). */
  readonly keyStore?: KeyStore;
  /** Linking-code timing, shortened by tests. */
  readonly linking?: { readonly rotateAfterMs?: number; readonly maxRotations?: number };
  /** Save and open for attachments: Electron passes its dialog and shell; by default a downloads folder. */
  readonly attachmentFiles?: AttachmentFileActions;
  /** The supervisor of the relay child this desktop started, if it started one (shown in the chats banner). */
  readonly localRelay?: RelaySupervision;
}

/**
 * The one wiring point of a desktop host: builds every service implementation and
 * registers it with the router. Electron's main process and the browser host both
 * call this, so the renderer meets the same services in either.
 */
export function createHost(options: HostOptions): HostContext {
  const router = new IpcRouter();
  const deviceName = defaultDeviceName(readDeviceNameFacts());
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
        defaultDeviceName: deviceName,
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
    setNotifications: async ({ enabled, preview }) => {
      const next = await preferences.update({ notificationsEnabled: enabled, notificationPreview: preview });
      emit.onDidChangeSettings(next);
      return next;
    },
  }));

  const desktop = new DesktopSession({
    dataDir: options.dataDir,
    relayUrl: options.relayUrl,
    keyStore: options.keyStore ?? chooseKeyStore(process.env, options.log),
    defaultDeviceName: deviceName,
    log: options.log,
    ...options.linking,
  });
  router.registerService(linkService, (emit) => createLinkHandler(desktop, emit));
  router.registerService(connectionService, (emit) => createConnectionHandler(desktop, options.localRelay, emit));
  router.registerService(chatsService, (emit) =>
    createChatsHandler(desktop, emit, {
      settings: () => preferences.read(),
      onNotificationError: (error) => {
        options.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'notification preferences unreadable; notifications skipped');
      },
    }),
  );
  router.registerService(contactsService, (emit) => createContactsHandler(desktop, emit));
  router.registerService(searchService, () => createSearchHandler(desktop));
  router.registerService(consoleService, (emit) => createConsoleHandler(desktop, emit));
  router.registerService(profileService, (emit) => createProfileHandler(desktop, emit));
  router.registerService(attachmentsService, (emit) => createAttachmentsHandler(desktop, emit, { files: options.attachmentFiles }));

  relay.start();
  desktop.initialize().catch((error: unknown) => {
    // Name and message only: an error object may hold key bytes.
    options.log.error({ err: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'the desktop session failed to start');
  });
  return {
    router,
    close: async () => {
      relay.stop();
      await desktop.close();
    },
  };
}
