import { z } from 'zod';
import { engineErrorCodes } from '../domain/errors';
import type { EngineErrorCode, EngineErrorParams } from '../domain/errors';

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
  /** For logs and tests only; the renderer words `reason` (or `code`) itself. */
  message: z.string(),
  /** Why an argument was refused, when the engine or host said: what the renderer words. */
  reason: z.enum(engineErrorCodes).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
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
    readonly reason?: EngineErrorCode,
    readonly params?: EngineErrorParams,
  ) {
    super(message);
  }
}

/** An argument refused for a reason the renderer words: `INVALID_ARGUMENT` with that reason. */
export function refused(reason: EngineErrorCode, params?: EngineErrorParams): IpcError {
  return new IpcError('INVALID_ARGUMENT', reason, reason, params);
}
