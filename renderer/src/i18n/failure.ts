/**
 * The one way the renderer words a failed host call. The host sends a code (and for a
 * refused argument, a reason with parameters); the words are looked up here, never
 * taken from the host or matched against its messages.
 */
import i18next from 'i18next';
import { engineErrorCodes } from '../../../shared/domain/errors';
import type { EngineErrorCode, EngineErrorParams } from '../../../shared/domain/errors';
import { attachmentFailureCodes } from '../../../shared/domain/codes';
import type { AttachmentFailureCode } from '../../../shared/domain/codes';

const reasons: ReadonlySet<string> = new Set(engineErrorCodes);
const attachmentFailures: ReadonlySet<string> = new Set(attachmentFailureCodes);

interface FailureDetail {
  readonly code?: unknown;
  readonly reason?: unknown;
  readonly params?: unknown;
  readonly message?: unknown;
}

/** The engine's reason for refusing, when the failure carries one. */
export function failureReason(failure: unknown): EngineErrorCode | undefined {
  if (typeof failure !== 'object' || failure === null) return undefined;
  const { reason, code, message } = failure as FailureDetail;
  if (typeof reason === 'string' && reasons.has(reason)) return reason as EngineErrorCode;
  // A refusal's message is its code: what survives where only the message crosses.
  if (code === 'INVALID_ARGUMENT' && typeof message === 'string' && reasons.has(message)) return message as EngineErrorCode;
  return undefined;
}

function paramsOf(failure: unknown): EngineErrorParams {
  const params = (failure as FailureDetail).params;
  if (typeof params !== 'object' || params === null) return {};
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string' || typeof value === 'number') out[name] = value;
  return out;
}

/**
 * Words for a refusal the user can act on, or undefined when there is nothing specific
 * to say (the caller then says something general: an internal failure is kept bland).
 */
export function hostErrorText(failure: unknown): string | undefined {
  const reason = failureReason(failure);
  if (reason === undefined) return undefined;
  const params = paramsOf(failure);
  // A failed transfer says why as the code its row shows, worded the same way.
  if (reason === 'attachment-transfer-failed' && typeof params.failure === 'string' && attachmentFailures.has(params.failure)) {
    return i18next.t(`conversation.attachment.failure.${params.failure as AttachmentFailureCode}`);
  }
  return i18next.t(`errors.${reason}`, params);
}

/** Always some words: the specific ones, else the general "something went wrong". */
export function failureText(failure: unknown): string {
  return hostErrorText(failure) ?? i18next.t('panels.genericError');
}
