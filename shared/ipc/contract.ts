/**
 * The whole IPC contract between the renderer and its host: one entry per service.
 * The renderer's API is exactly `ParleyApi`, in Electron and in the browser host alike.
 */
import { appService } from './app';
import { attachmentsService } from './attachments';
import { chatsService } from './chats';
import { connectionService } from './connection';
import { consoleService } from './console';
import { contactsService } from './contacts';
import { linkService } from './link';
import { profileService } from './profile';
import { searchService } from './search';
import type { ServiceClient } from './service';
import { settingsService } from './settings';

export const services = {
  app: appService,
  settings: settingsService,
  link: linkService,
  connection: connectionService,
  chats: chatsService,
  attachments: attachmentsService,
  contacts: contactsService,
  search: searchService,
  profile: profileService,
  console: consoleService,
} as const;

export type Services = typeof services;
export type ServiceName = keyof Services;
export type ParleyApi = { readonly [N in ServiceName]: ServiceClient<Services[N]> };
