import { z } from 'zod';

/**
 * Errors that cross the IPC boundary. Codes are a closed set so the renderer can
 * switch over them exhaustively; messages are for people, never contain secrets.
 */
export const ipcErrorCodes = [
  'INVALID_ARGUMENT',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'DISCONNECTED',
  'INTERNAL',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export const ipcErrorSchema = z.object({
  code: z.enum(ipcErrorCodes),
  message: z.string(),
});
export type IpcErrorData = z.infer<typeof ipcErrorSchema>;

export const ipcResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ipcErrorSchema }),
]);
export type IpcResponse = z.infer<typeof ipcResponseSchema>;

export class IpcError extends Error {
  override readonly name = 'IpcError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}
