/**
 * The whole IPC contract between the renderer and its host: one entry per service.
 * `window.parley` is exactly `ParleyApi`, in Electron and in the browser host alike.
 */
import { appService } from './app';
import { chatsService } from './chats';
import { linkService } from './link';
import type { ServiceClient } from './service';
import { settingsService } from './settings';

export const services = {
  app: appService,
  settings: settingsService,
  link: linkService,
  chats: chatsService,
} as const;

export type Services = typeof services;
export type ServiceName = keyof Services;
export type ParleyApi = { readonly [N in ServiceName]: ServiceClient<Services[N]> };
