/**
 * Errors the relay answers with. Services throw these; the HTTP layer turns each into its
 * status and body. Messages are for developers and never contain request data.
 */
import type {
  DeviceRefusalBody,
  DeviceRefusalReason,
  DeviceRemovalStatement,
  MismatchedDevices,
  StaleDevices,
} from '../shared/relay-api';
import { NamedError } from '../shared/domain/named-error';

export class RelayError extends NamedError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** The JSON body of the response. */
  body(): object {
    return { error: this.code, message: this.message };
  }
}

export class BadRequestError extends RelayError {
  constructor(
    message: string,
    readonly issues?: ReadonlyArray<string>,
    code = 'invalid_request',
  ) {
    super(400, code, message);
  }

  override body(): object {
    return this.issues === undefined ? super.body() : { ...super.body(), issues: this.issues };
  }
}

export class UnauthorizedError extends RelayError {
  constructor(message = 'Missing or wrong credentials.') {
    super(401, 'unauthorized', message);
  }
}

/** A refused device socket upgrade: 401 with the reason and, for a removed device, the signed statement. */
export class DeviceRefusedError extends RelayError {
  constructor(
    readonly reason: DeviceRefusalReason,
    readonly removal?: DeviceRemovalStatement,
  ) {
    super(401, 'unauthorized', reason === 'device-removed' ? 'This device was removed from its account.' : 'Missing or wrong credentials.');
  }

  override body(): DeviceRefusalBody {
    return {
      error: 'unauthorized',
      message: this.message,
      reason: this.reason,
      ...(this.removal === undefined ? {} : { removal: this.removal }),
    };
  }
}

export class ForbiddenError extends RelayError {
  constructor(message: string, code = 'forbidden') {
    super(403, code, message);
  }
}

export class NotFoundError extends RelayError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

export class HandleTakenError extends RelayError {
  constructor() {
    super(409, 'handle_taken', 'Another account has this handle.');
  }
}

/** 409 with Signal's body: the request's device list does not match the account. */
export class MismatchedDevicesError extends RelayError {
  constructor(readonly devices: MismatchedDevices) {
    super(409, 'mismatched_devices', 'The message list does not match the destination devices.');
  }

  override body(): object {
    return { missingDevices: this.devices.missingDevices, extraDevices: this.devices.extraDevices };
  }
}

/** 410 with Signal's body: registration ids changed (the devices were re-linked). */
export class StaleDevicesError extends RelayError {
  constructor(readonly devices: StaleDevices) {
    super(410, 'stale_devices', 'Some destination devices have new registration ids.');
  }

  override body(): object {
    return { staleDevices: this.devices.staleDevices };
  }
}

/** 411, as Signal answers when an account already has its maximum of devices. */
export class TooManyDevicesError extends RelayError {
  constructor(max: number) {
    super(411, 'too_many_devices', `The account already has ${String(max)} linked devices.`);
  }
}

export class PayloadTooLargeError extends RelayError {
  constructor(limit: number) {
    super(413, 'payload_too_large', `The body is larger than ${String(limit)} bytes.`);
  }
}

export class InvalidSignatureError extends RelayError {
  constructor(what: string) {
    super(422, 'invalid_signature', `The signature of ${what} does not verify against the account identity key.`);
  }
}

export class RateLimitedError extends RelayError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'Too many requests; retry later.');
  }
}

export class ServiceUnavailableError extends RelayError {
  constructor(message = 'The relay is shutting down.') {
    super(503, 'unavailable', message);
  }
}
