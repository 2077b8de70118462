/** Why a message could not go out, in terms the user can act on. */

/** The contact's safety number changed and the user has not accepted it: sending is blocked. */
export class IdentityChangedError extends Error {
  override readonly name = 'IdentityChangedError';
  constructor(readonly accountId: string) {
    super('This contact’s safety number changed. Review and accept it before sending.');
  }
}

/** The relay kept answering with a different device list; retrying further would not help. */
export class DeviceListUnsettledError extends Error {
  override readonly name = 'DeviceListUnsettledError';
  constructor(readonly accountId: string) {
    super('The recipient’s devices kept changing while sending; the message will be retried.');
  }
}

export class UnknownContactError extends Error {
  override readonly name = 'UnknownContactError';
  constructor(readonly handle: string) {
    super(`No Parley account has the handle “${handle}”.`);
  }
}

/** A user action on a message that cannot be done (someone else's message, a deleted one…), in words. */
export class MessageActionError extends Error {
  override readonly name = 'MessageActionError';
}
