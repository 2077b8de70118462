import { z } from 'zod';
import { defineService } from './service';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

/** Interface preferences only: nothing here is secret (secrets live in the encrypted store). */
export const settingsSchema = z.object({
  theme: themePreferenceSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { theme: 'system' };

export const settingsService = defineService({
  name: 'settings',
  methods: {
    get: { args: z.tuple([]), result: settingsSchema },
    setTheme: { args: z.tuple([themePreferenceSchema]), result: settingsSchema },
  },
  events: {
    onDidChangeSettings: settingsSchema,
  },
});
