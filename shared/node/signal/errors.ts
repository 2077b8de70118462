/**
 * Failures of the libsignal stores. libsignal passes an exception thrown by a store
 * through to its caller, so the engine can tell these apart from protocol errors.
 */

export class SessionNotFoundError extends Error {
  override readonly name = 'SessionNotFoundError';
  constructor(readonly address: string) {
    super(`No session with ${address}`);
  }
}

export type PreKeyKind = 'pre-key' | 'signed pre-key' | 'Kyber pre-key';

/** The message names a pre-key this device does not have (used already, or never made). */
export class PreKeyNotFoundError extends Error {
  override readonly name = 'PreKeyNotFoundError';
  constructor(
    readonly kind: PreKeyKind,
    readonly id: number,
  ) {
    super(`No ${kind} with id ${id}`);
  }
}

/** A last-resort Kyber key arrived again with the same signed pre-key and base key: a replay. */
export class KyberPreKeyReuseError extends Error {
  override readonly name = 'KyberPreKeyReuseError';
  constructor(readonly id: number) {
    super(`Kyber pre-key ${id} was already used with this base key; the message is a replay`);
  }
}
