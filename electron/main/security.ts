/**
 * Security settings of the Electron shell, kept free of runtime `electron` imports so
 * that the unit tests check them under plain Node.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Parley',
    backgroundColor: '#101418',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/** Permissions a feature needs; everything else is denied. (Microphone arrives with voice notes.) */
export const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Whether an IPC message comes from our own renderer: the packaged page (file:) or, in
 * development, electron-vite's dev server origin.
 */
export function isTrustedRendererUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return parsed.pathname.endsWith('/renderer/index.html');
  if (devServerUrl !== undefined) return parsed.origin === new URL(devServerUrl).origin;
  return false;
}
