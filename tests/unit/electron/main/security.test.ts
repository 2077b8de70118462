import { describe, expect, it } from 'vitest';
import { grantedPermissions, isPermissionGranted, isTrustedRendererUrl, mainWindowOptions } from '../../../../electron/main/security';

const ownPage = 'file:///opt/Parley/resources/app.asar/out/renderer/index.html';

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

  it('grants no camera, microphone, location or notification permission to every page', () => {
    // (notifications: to our own renderer only, below)
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'midi']) {
      expect(grantedPermissions.has(permission)).toBe(false);
      expect(isPermissionGranted({ permission, requestingUrl: 'https://example.com/', mediaTypes: ['audio'] }, undefined)).toBe(false);
    }
  });

  it('grants the microphone to our own renderer, for voice notes', () => {
    expect(isPermissionGranted({ permission: 'media', requestingUrl: ownPage, mediaTypes: ['audio'] }, undefined)).toBe(true);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: 'http://localhost:5173/', mediaTypes: ['audio'] }, 'http://localhost:5173')).toBe(true);
  });

  it('denies the camera, and a media request that names no type, even to our own renderer', () => {
    expect(isPermissionGranted({ permission: 'media', requestingUrl: ownPage, mediaTypes: ['video'] }, undefined)).toBe(false);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: ownPage, mediaTypes: ['audio', 'video'] }, undefined)).toBe(false);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: ownPage, mediaTypes: [] }, undefined)).toBe(false);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: ownPage, mediaTypes: ['unknown'] }, undefined)).toBe(false);
  });

  it('denies the microphone to any other page', () => {
    for (const requestingUrl of ['file:///tmp/evil.html', 'https://example.com/out/renderer/index.html', 'http://localhost:5174/', '']) {
      expect(isPermissionGranted({ permission: 'media', requestingUrl, mediaTypes: ['audio'] }, 'http://localhost:5173')).toBe(false);
    }
  });

  it('grants notifications to our own renderer only', () => {
    expect(isPermissionGranted({ permission: 'notifications', requestingUrl: ownPage, mediaTypes: [] }, undefined)).toBe(true);
    expect(isPermissionGranted({ permission: 'notifications', requestingUrl: 'http://localhost:5173/', mediaTypes: [] }, 'http://localhost:5173')).toBe(true);
    for (const requestingUrl of ['file:///tmp/evil.html', 'https://example.com/', 'http://localhost:5174/', '']) {
      expect(isPermissionGranted({ permission: 'notifications', requestingUrl, mediaTypes: [] }, 'http://localhost:5173')).toBe(false);
    }
  });

  it('keeps granting clipboard writes and nothing else outside media', () => {
    expect(isPermissionGranted({ permission: 'clipboard-sanitized-write', requestingUrl: ownPage, mediaTypes: [] }, undefined)).toBe(true);
    expect(isPermissionGranted({ permission: 'display-capture', requestingUrl: ownPage, mediaTypes: ['audio'] }, undefined)).toBe(false);
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
