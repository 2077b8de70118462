import os from 'node:os';
import path from 'node:path';

/**
 * Where this desktop keeps its data. Matches Electron's `app.getPath('userData')` for
 * the product name, so the Electron shell and the browser host share one profile.
 * `PARLEY_DATA_DIR` overrides it (tests, several desktops on one machine).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['PARLEY_DATA_DIR'];
  if (override !== undefined && override !== '') return path.resolve(override);
  switch (process.platform) {
    case 'darwin':
      return path.join(os.homedir(), 'Library', 'Application Support', 'Parley');
    case 'win32':
      return path.join(env['APPDATA'] ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Parley');
    default:
      return path.join(env['XDG_CONFIG_HOME'] ?? path.join(os.homedir(), '.config'), 'Parley');
  }
}
