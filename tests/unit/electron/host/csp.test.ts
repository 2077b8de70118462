import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/host/csp';

function directives(policy: string): Map<string, Array<string>> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the app itself: no inline script, no eval, no remote origin', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('adds only the given loopback socket to connect-src', () => {
    const policy = directives(contentSecurityPolicy(['ws://127.0.0.1:4242']));
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:4242']);
  });

  it('matches the policy in the renderer page for everything but the host socket', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const fromPage = directives(meta ?? '');
    for (const [name, values] of directives(contentSecurityPolicy())) {
      if (name === 'frame-ancestors') continue; // ignored in <meta>, set as a header instead
      expect(fromPage.get(name), name).toEqual(values);
    }
  });
});
