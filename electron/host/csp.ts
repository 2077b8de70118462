/**
 * The renderer's Content-Security-Policy: only the app's own origin, no inline script,
 * no eval, no plugins, no framing. `connectSources` adds the browser host's loopback
 * WebSocket, the one extra origin it needs.
 */
export function contentSecurityPolicy(connectSources: ReadonlyArray<string> = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self'${connectSources.map((source) => ` ${source}`).join('')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
