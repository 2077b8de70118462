/**
 * The `profile` service: the name and avatar the user shows to contacts. They live in
 * the encrypted store and travel to contacts only inside E2EE messages.
 */
import { z } from 'zod';
import { avatarDataUrlSchema } from './chats';
import { defineService } from './service';

export const profileNameSchema = z.string().trim().max(64);

export const profileViewSchema = z.object({
  /** Empty when the user has not set one. */
  name: z.string(),
  avatarDataUrl: avatarDataUrlSchema.nullable(),
  handle: z.string().nullable(),
  accountId: z.string(),
  deviceId: z.number().int(),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

export const profileService = defineService({
  name: 'profile',
  methods: {
    get: { args: z.tuple([]), result: profileViewSchema },
    /** Saves and shares with contacts (and the user's other devices). */
    update: {
      args: z.tuple([z.object({ name: profileNameSchema, avatarDataUrl: avatarDataUrlSchema.nullable() })]),
      result: profileViewSchema,
    },
  },
  events: {
    onDidChangeProfile: profileViewSchema,
  },
});
