/** What the relay answered, typed so callers can act on each case. */
import { NamedError } from '../../shared/domain/named-error';

export class RelayHttpError extends NamedError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** 401: this device's credentials are no longer valid (for a companion: it was unlinked). */
export class RelayAuthError extends RelayHttpError {
}

/** 409: the request's devices do not match the destination's devices. */
export class MismatchedDevicesError extends RelayHttpError {
  constructor(
    readonly missingDevices: ReadonlyArray<number>,
    readonly extraDevices: ReadonlyArray<number>,
  ) {
    super(409, 'mismatched_devices', `Device list changed: missing ${missingDevices.join(',') || 'none'}, extra ${extraDevices.join(',') || 'none'}.`);
  }
}

/** 410: these devices were re-registered (their registration id changed). */
export class StaleDevicesError extends RelayHttpError {
  constructor(readonly staleDevices: ReadonlyArray<number>) {
    super(410, 'stale_devices', `Stale devices: ${staleDevices.join(',')}.`);
  }
}

/** The relay could not be reached at all. */
export class RelayUnreachableError extends NamedError {
  constructor(
    readonly url: string,
    override readonly cause?: unknown,
  ) {
    super(`The relay at ${url} cannot be reached.`);
  }
}
