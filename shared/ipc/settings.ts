import { z } from 'zod';
import { defineService } from './service';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

/** Interface preferences only: nothing here is secret (secrets live in the encrypted store). */
export const notificationPreviewSchema = z.enum([
  /** Sender and message text. */
  'name-and-message',
  /** Sender only: "New message". */
  'name-only',
  /** Neither: "Parley" / "New message". */
  'nothing',
]);
export type NotificationPreview = z.infer<typeof notificationPreviewSchema>;

export const settingsSchema = z.object({
  theme: themePreferenceSchema,
  // Defaults so a preferences file written before these existed still reads.
  notificationsEnabled: z.boolean().default(true),
  notificationPreview: notificationPreviewSchema.default('name-and-message'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { theme: 'system', notificationsEnabled: true, notificationPreview: 'name-and-message' };

export const settingsService = defineService({
  name: 'settings',
  methods: {
    get: { args: z.tuple([]), result: settingsSchema },
    setTheme: { args: z.tuple([themePreferenceSchema]), result: settingsSchema },
    setNotifications: {
      args: z.tuple([z.object({ enabled: z.boolean(), preview: notificationPreviewSchema })]),
      result: settingsSchema,
    },
  },
  events: {
    onDidChangeSettings: settingsSchema,
  },
});
