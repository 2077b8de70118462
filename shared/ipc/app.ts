import { z } from 'zod';
import { defineService } from './service';

export const relayStatusSchema = z.object({
  url: z.string(),
  reachable: z.boolean(),
  /** Milliseconds since the epoch of the last check. */
  checkedAt: z.number().int().nonnegative(),
  /** Why the relay could not be reached (the renderer words it): not checked yet, an HTTP status, no answer in time, refused. */
  problem: z.enum(['not-checked', 'http-status', 'timeout', 'refused']).optional(),
  /** The status the relay answered with, for `http-status`. */
  httpStatus: z.number().int().optional(),
});
export type RelayStatus = z.infer<typeof relayStatusSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** Which host serves the renderer: the Electron shell or the loopback browser host. */
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  /** Default name this desktop proposes for itself when it links (the OS host name). */
  defaultDeviceName: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appService = defineService({
  name: 'app',
  methods: {
    getInfo: { args: z.tuple([]), result: appInfoSchema },
    getRelayStatus: { args: z.tuple([]), result: relayStatusSchema },
    /** Checks the relay now instead of waiting for the next periodic check. */
    checkRelay: { args: z.tuple([]), result: relayStatusSchema },
  },
  events: {
    onDidChangeRelayStatus: relayStatusSchema,
  },
});
