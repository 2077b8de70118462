/**
 * What Electron's main process and the host's utility process say to each other
 * (host-process.ts). Only zod here: main imports this file and nothing of the engine.
 */
import { z } from 'zod';

const startSchema = z.object({
  type: z.literal('start'),
  version: z.string().max(100),
  userDataDir: z.string().min(1),
  /** The embedded relay to start (its built entry and port), or a relay already running. */
  relay: z.union([
    z.object({ entry: z.string().min(1), port: z.number().int().min(0).max(65_535) }),
    z.object({ url: z.url() }),
  ]),
});

export const mainToHostSchema = z.discriminatedUnion('type', [
  startSchema,
  /** Carries one port: a window's end is the other. */
  z.object({ type: z.literal('connect') }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('answer'), id: z.number().int().nonnegative(), ok: z.boolean(), path: z.string().nullable().optional() }),
]);
export type MainToHost = z.infer<typeof mainToHostSchema>;
export type HostStart = z.infer<typeof startSchema>;

/** What only main can do for the host. */
const questionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choose-save-target'), suggestedName: z.string().max(255) }),
  z.object({ kind: z.literal('open-with-system'), path: z.string().min(1) }),
]);
export type MainQuestion = z.infer<typeof questionSchema>;

export const hostToMainSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started') }),
  z.object({ type: z.literal('start-failed'), code: z.enum(['relay', 'host']) }),
  z.object({ type: z.literal('ask'), id: z.number().int().nonnegative(), question: questionSchema }),
  z.object({ type: z.literal('closed') }),
]);
export type HostToMain = z.infer<typeof hostToMainSchema>;
