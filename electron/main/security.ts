/**
 * Security settings of the Electron shell, kept free of runtime `electron` imports so
 * that the unit tests check them under plain Node.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    // Below 720 px the renderer shows the chat list or the chat, so narrow windows work.
    minWidth: 480,
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

/** Permissions any page of ours may use; `media` is decided by `isPermissionGranted`, everything else is denied. */
export const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** One permission request or check, as plain data (from Electron's handler arguments). */
export interface PermissionQuery {
  readonly permission: string;
  /** The URL of the frame that asks (the details' `requestingUrl`, else its web contents' URL). */
  readonly requestingUrl: string;
  /** A request's `mediaTypes`, or a check's one `mediaType`; empty when the details carry none. */
  readonly mediaTypes: ReadonlyArray<string>;
}

/**
 * Whether to grant a permission. Voice notes need the microphone, so `media` is granted
 * to our own renderer for audio only: a request that also wants the camera, names no
 * media type, or comes from any other page is denied. New-message notifications are
 * shown by our renderer (it words them), so `notifications` is granted to it alone.
 */
export function isPermissionGranted(query: PermissionQuery, devServerUrl: string | undefined): boolean {
  if (query.permission === 'notifications') return isTrustedRendererUrl(query.requestingUrl, devServerUrl);
  if (query.permission === 'media') {
    return (
      isTrustedRendererUrl(query.requestingUrl, devServerUrl) &&
      query.mediaTypes.length > 0 &&
      query.mediaTypes.every((type) => type === 'audio')
    );
  }
  return grantedPermissions.has(query.permission);
}

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
