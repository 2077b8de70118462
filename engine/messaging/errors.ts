/** Why a message could not go out, in terms the user can act on. */
import { NamedError } from '../../shared/domain/named-error';

/** The contact's safety number changed and the user has not accepted it: sending is blocked. */
export class IdentityChangedError extends NamedError {
  constructor(readonly accountId: string) {
    super('This contact’s safety number changed. Review and accept it before sending.');
  }
}

/** The relay kept answering with a different device list; retrying further would not help. */
export class DeviceListUnsettledError extends NamedError {
  constructor(readonly accountId: string) {
    super('The recipient’s devices kept changing while sending; the message will be retried.');
  }
}
