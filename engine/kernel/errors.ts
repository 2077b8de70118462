import type { EngineErrorCode, EngineErrorParams } from '../../shared/domain/errors';
import { NamedError } from '../../shared/domain/named-error';

/**
 * Something the user asked for that cannot be done, as a code and parameters. The host
 * carries both across IPC unchanged; only the renderer's i18n turns them into words.
 * `message` is the code, for logs and test output.
 */
export class EngineError extends NamedError {
  constructor(
    readonly code: EngineErrorCode,
    readonly params: EngineErrorParams = {},
    options?: ErrorOptions,
  ) {
    super(code, options);
  }
}
