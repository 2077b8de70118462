import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/ipc/settings';
import { PreferencesStore } from '../../../../electron/host/preferences';

let dir: string;
const log = pino({ level: 'silent' });

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-prefs-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('PreferencesStore', () => {
  it('starts from defaults and persists a change across instances', async () => {
    expect(await new PreferencesStore(dir, log).read()).toEqual({ ...defaultSettings, theme: 'system' });
    await new PreferencesStore(dir, log).update({ theme: 'dark' });
    expect(await new PreferencesStore(dir, log).read()).toEqual({ ...defaultSettings, theme: 'dark' });
  });

  it('keeps an unreadable file aside instead of overwriting it', async () => {
    await fs.writeFile(path.join(dir, 'preferences.json'), '{"theme": "purple"');
    expect(await new PreferencesStore(dir, log).read()).toEqual({ ...defaultSettings, theme: 'system' });
    const files = await fs.readdir(dir);
    const aside = files.find((name) => name.startsWith('preferences.json.unreadable-'));
    expect(aside).toBeDefined();
    expect(await fs.readFile(path.join(dir, aside ?? ''), 'utf8')).toBe('{"theme": "purple"');
  });

  it('refuses a value outside the schema and leaves the file as it was', async () => {
    const store = new PreferencesStore(dir, log);
    await store.update({ theme: 'light' });
    await expect(store.update({ theme: 'purple' as 'light' })).rejects.toThrow();
    expect(await new PreferencesStore(dir, log).read()).toEqual({ ...defaultSettings, theme: 'light' });
  });
});
