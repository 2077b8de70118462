import fs from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../../shared/ipc/settings';
import { defaultSettings, settingsSchema } from '../../shared/ipc/settings';
import type { Logger } from './logger';

/**
 * Interface preferences (theme and the like) in a small JSON file. Nothing secret is
 * stored here. A file that does not parse is kept aside, never silently overwritten.
 */
export class PreferencesStore {
  private readonly file: string;
  private current: Settings | undefined;

  constructor(
    dataDir: string,
    private readonly log: Logger,
  ) {
    this.file = path.join(dataDir, 'preferences.json');
  }

  async read(): Promise<Settings> {
    if (this.current !== undefined) return this.current;
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.current = defaultSettings;
      return this.current;
    }
    const parsed = settingsSchema.safeParse(safeJson(text));
    if (parsed.success) {
      this.current = parsed.data;
    } else {
      const aside = `${this.file}.unreadable-${String(Date.now())}`;
      await fs.rename(this.file, aside);
      this.log.warn({ aside }, 'preferences file was unreadable; kept it aside and used defaults');
      this.current = defaultSettings;
    }
    return this.current;
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.read()), ...change });
    await fs.mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const temporary = `${this.file}.${String(process.pid)}.tmp`;
    await fs.writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
    await fs.rename(temporary, this.file);
    this.current = next;
    return next;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
