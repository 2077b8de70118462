import { describe, expect, it } from 'vitest';
import { grantedPermissions, isTrustedRendererUrl, mainWindowOptions } from '../../../../electron/main/security';

describe('Electron window security', () => {
  it('runs the renderer sandboxed, isolated and without Node', () => {
    const preferences = mainWindowOptions('/app/out/preload/index.cjs').webPreferences;
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('grants no camera, microphone, location or notification permission yet', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'midi']) {
      expect(grantedPermissions.has(permission)).toBe(false);
    }
  });

  it('trusts IPC only from the packaged renderer page or the dev server origin', () => {
    expect(isTrustedRendererUrl('file:///opt/Parley/resources/app.asar/out/renderer/index.html', undefined)).toBe(true);
    expect(isTrustedRendererUrl('file:///tmp/evil.html', undefined)).toBe(false);
    expect(isTrustedRendererUrl('https://example.com/out/renderer/index.html', undefined)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedRendererUrl('not a url', undefined)).toBe(false);
  });
});
