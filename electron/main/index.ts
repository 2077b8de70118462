/**
 * Electron main process: windows, permissions, and the link to the host. The host
 * (engine, database, services, the relay child) runs in a `utilityProcess`, so nothing
 * heavy runs on the thread that drives the windows; each window talks to it over a
 * MessagePort main hands it once its page is ours. Main answers only what the host
 * cannot do itself: the save dialog and the system's file opener.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, MessageChannelMain, session, shell, utilityProcess } from 'electron';
import { contentSecurityPolicy } from '../host/csp';
import { createLogger } from '../host/logger';
import { defaultUserDataDir } from '../host/paths';
import { closeThenExit } from '../host/shutdown';
import { startHostLink } from './host-link';
import type { HostLink } from './host-link';
import { hostPortChannel } from '../../shared/ipc/wire';
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
  let host: HostLink | undefined;

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

    host = startHostLink<Electron.MessagePortMain>({
      spawn: () => {
        const child = utilityProcess.fork(path.join(here, 'host.js'), [], { serviceName: 'Parley host', stdio: 'inherit' });
        return {
          post: (message, ports) => {
            child.postMessage(message, ports === undefined ? undefined : [...ports]);
          },
          onMessage: (listener) => child.on('message', listener),
          onExit: (listener) => child.on('exit', listener),
          kill: () => child.kill(),
        };
      },
      start: {
        type: 'start',
        version: app.getVersion(),
        userDataDir: app.getPath('userData'),
        relay: { entry: path.join(here, 'relay.js'), port: Number(process.env['PARLEY_RELAY_PORT'] ?? '47800') },
      },
      newChannel: () => {
        const { port1, port2 } = new MessageChannelMain();
        return { host: port1, window: port2 };
      },
      answer: async (question) => {
        if (question.kind === 'open-with-system') {
          // shell.openPath answers with a problem's words, or '' when an application opened it.
          return { ok: (await shell.openPath(question.path)) === '' };
        }
        const options = { defaultPath: path.join(app.getPath('downloads'), question.suggestedName) };
        const chosen = mainWindow === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(mainWindow, options);
        return chosen.canceled || chosen.filePath === '' ? { ok: true, path: null } : { ok: true, path: chosen.filePath };
      },
      log,
      onGiveUp: () => {
        dialog.showErrorBox('Parley stopped', 'Parley’s background process kept stopping. Your messages are saved; start Parley again.');
        app.quit();
      },
    });

    const window = new BrowserWindow(mainWindowOptions(path.join(here, '../preload/index.cjs')));
    mainWindow = window;
    // A port to the host only for our own page, after each load (a reload gets a new one).
    let forget: (() => void) | undefined;
    window.webContents.on('did-finish-load', () => {
      forget?.();
      forget = undefined;
      if (!isTrustedRendererUrl(window.webContents.getURL(), devServerUrl)) {
        log.warn('the window shows a page that is not ours; it gets no port to the host');
        return;
      }
      forget = host?.connectWindow((port) => {
        window.webContents.postMessage(hostPortChannel, null, [port as Electron.MessagePortMain]);
      });
    });
    window.once('ready-to-show', () => {
      mainWindow?.show();
    });
    window.on('closed', () => {
      forget?.();
      mainWindow = undefined;
    });
    if (devServerUrl !== undefined) await window.loadURL(devServerUrl);
    else await window.loadFile(path.join(here, '../renderer/index.html'));
  };

  app.on('window-all-closed', () => {
    app.quit();
  });
  // Quit only once the host has closed (engine stopped, WAL checkpointed, database
  // closed, relay stopped); app.exit() then ends without another will-quit.
  const exitAfterClosing = closeThenExit({
    close: async () => {
      await host?.close();
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
