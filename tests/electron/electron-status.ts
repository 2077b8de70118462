import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Why the Electron suite cannot run here, or undefined when the binary exists. */
export function electronUnavailableReason(): string | undefined {
  if (existsSync(path.join(root, 'node_modules/electron/path.txt'))) return undefined;
  let recorded = '';
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, 'node_modules/.parley-setup.json'), 'utf8')) as {
      electron?: { reason?: string };
    };
    recorded = stamp.electron?.reason ?? '';
  } catch {
    // No set-up record: the reason below still holds.
  }
  return `No Electron binary on this machine (its download failed${recorded === '' ? '' : `: ${recorded}`}); the same renderer and IPC contract are covered by the browser-host e2e suite.`;
}
