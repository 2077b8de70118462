/**
 * Frames of the IPC contract: over the browser host's loopback WebSocket and over the
 * MessagePorts between Electron's windows and the host process. Both sides validate
 * every frame.
 */
import { z } from 'zod';
import { ipcResponseSchema } from './errors';

/** The ipcRenderer channel on which Electron's main hands a window its MessagePort to the host. */
export const hostPortChannel = 'parley:host-port';

/** Path of the WebSocket endpoint; the per-launch token travels as the `token` query parameter. */
export const browserHostSocketPath = '/ipc';

export const clientFrameSchema = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(200),
  args: z.array(z.unknown()).max(32),
});
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export const hostFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), id: z.number().int().nonnegative(), response: ipcResponseSchema }),
  z.object({ type: z.literal('event'), channel: z.string(), payload: z.unknown() }),
]);
export type HostFrame = z.infer<typeof hostFrameSchema>;
