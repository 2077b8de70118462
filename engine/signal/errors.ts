/**
 * Failures of the libsignal stores. Called directly they reject with these; inside a
 * libsignal operation, libsignal wraps them in a LibSignalError whose message starts
 * with the store method and carries this error's name and message.
 */
import { NamedError } from '../../shared/domain/named-error';

export class SessionNotFoundError extends NamedError {
  constructor(readonly address: string) {
    super(`No session with ${address}`);
  }
}

export type PreKeyKind = 'pre-key' | 'signed pre-key' | 'Kyber pre-key';

/** The message names a pre-key this device does not have (used already, or never made). */
export class PreKeyNotFoundError extends NamedError {
  constructor(
    readonly kind: PreKeyKind,
    readonly id: number,
  ) {
    super(`No ${kind} with id ${id}`);
  }
}

/** A last-resort Kyber key arrived again with the same signed pre-key and base key: a replay. */
export class KyberPreKeyReuseError extends NamedError {
  constructor(readonly id: number) {
    super(`Kyber pre-key ${id} was already used with this base key; the message is a replay`);
  }
}
