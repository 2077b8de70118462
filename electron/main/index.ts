/**
 * Electron main process: the composition root and nothing more. Windows, permissions,
 * IPC registration; the relay runs as a child process and the services live in the
 * host/engine modules, which also run under plain Node.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import type { IpcResponse } from '../../shared/ipc/errors';
import { createHost } from '../host/compose';
import type { HostContext } from '../host/compose';
import { contentSecurityPolicy } from '../host/csp';
import { createLogger } from '../host/logger';
import { defaultUserDataDir } from '../host/paths';
import { startEmbeddedRelay } from '../host/relay-process';
import type { EmbeddedRelay } from '../host/relay-process';
import { closeThenExit } from '../host/shutdown';
import { isPermissionGranted, isTrustedRendererUrl, mainWindowOptions } from './security';

const here = import.meta.dirname;
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const log = createLogger('parley-main');

app.enableSandbox();
// Tests and several desktops on one machine choose their own profile folder.
if (process.env['PARLEY_DATA_DIR'] !== undefined) app.setPath('userData', defaultUserDataDir());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  let relay: EmbeddedRelay | undefined;
  let host: HostContext | undefined;

  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      // Links in messages open in the user's browser, never inside the app.
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  const start = async (): Promise<void> => {
    await app.whenReady();
    const defaultSession = session.defaultSession;
    defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
      const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
      callback(isPermissionGranted({ permission, requestingUrl: details.requestingUrl || contents.getURL(), mediaTypes }, devServerUrl));
    });
    defaultSession.setPermissionCheckHandler((contents, permission, _origin, details) => {
      const mediaTypes = details.mediaType === undefined ? [] : [details.mediaType];
      const requestingUrl = details.requestingUrl ?? contents?.getURL() ?? '';
      return isPermissionGranted({ permission, requestingUrl, mediaTypes }, devServerUrl);
    });
    defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] },
      });
    });

    relay = await startEmbeddedRelay({
      entry: path.join(here, 'relay.js'),
      dataDir: path.join(app.getPath('userData'), 'relay'),
      port: Number(process.env['PARLEY_RELAY_PORT'] ?? '47800'),
      log,
      // Electron's binary runs the relay as plain Node.
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
    host = createHost({
      host: 'electron',
      version: app.getVersion(),
      relayUrl: relay.url,
      dataDir: app.getPath('userData'),
      log,
      localRelay: relay.supervision,
      attachmentFiles: {
        chooseSaveTarget: async (suggestedName) => {
          const options = { defaultPath: path.join(app.getPath('downloads'), suggestedName) };
          const chosen = mainWindow === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(mainWindow, options);
          return chosen.canceled || chosen.filePath === '' ? null : { path: chosen.filePath };
        },
        openWithSystem: async (filePath) => {
          const problem = await shell.openPath(filePath);
          if (problem !== '') throw new Error(problem);
        },
      },
    });
    const router = host.router;
    for (const channel of router.methodChannels) {
      ipcMain.handle(channel, (event, ...args: Array<unknown>): Promise<IpcResponse> => {
        const senderUrl = event.senderFrame?.url ?? '';
        if (!isTrustedRendererUrl(senderUrl, devServerUrl)) {
          return Promise.resolve({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Unknown sender.' } });
        }
        return router.invoke(channel, args);
      });
    }
    // Every event goes to the renderer, new-message notifications too: it words them
    // (only the renderer has the i18n) and shows them with the Notifications API, which
    // Electron maps to the system's notifications.
    router.addEventSink((channel, payload) => {
      mainWindow?.webContents.send(channel, payload);
    });

    mainWindow = new BrowserWindow(mainWindowOptions(path.join(here, '../preload/index.cjs')));
    mainWindow.once('ready-to-show', () => {
      mainWindow?.show();
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
    if (devServerUrl !== undefined) await mainWindow.loadURL(devServerUrl);
    else await mainWindow.loadFile(path.join(here, '../renderer/index.html'));
  };

  app.on('window-all-closed', () => {
    app.quit();
  });
  // Quit only once the session has closed (engine stopped, WAL checkpointed, database
  // closed) and the relay stopped; app.exit() then ends without another will-quit.
  const exitAfterClosing = closeThenExit({
    close: async () => {
      await host?.close();
      await relay?.stop();
    },
    exit: (code) => {
      app.exit(code);
    },
    log,
  });
  app.on('will-quit', (event) => {
    event.preventDefault();
    exitAfterClosing();
  });

  start().catch((error: unknown) => {
    log.fatal({ err: error }, 'Parley failed to start');
    app.exit(1);
  });
}
