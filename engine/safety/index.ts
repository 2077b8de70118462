/**
 * Safety numbers (DESIGN.md "Safety numbers"): libsignal's Fingerprint over both
 * accounts' identity keys, version 2 with 5200 iterations and the account ids (UUID
 * bytes) as identifiers, as Signal does. Both sides compute the same 60 digits; the
 * scannable form is what the QR code carries.
 */
import { Fingerprint, PublicKey, ScannableFingerprint } from '@signalapp/libsignal-client';
import { normalizeSafetyNumber } from '../../shared/safety-number';
import type { AccountId } from '../store';

const iterations = 5200;
const version = 2;

export interface SafetyNumber {
  /** 60 digits. */
  readonly digits: string;
  /** libsignal's scannable fingerprint, base64, for the QR code. */
  readonly qrPayload: string;
}

/** The other person's safety number (QR payload or digits) is not one at all. */
export class SafetyNumberFormatError extends Error {
  override readonly name = 'SafetyNumberFormatError';
}

/** A well-formed code from another Parley version: comparing it would mean nothing. */
export class SafetyNumberVersionError extends Error {
  override readonly name = 'SafetyNumberVersionError';
  constructor() {
    super('That safety number code comes from a different app version; ask the other person to update and compare again.');
  }
}

function uuidBytes(accountId: AccountId): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(accountId.replace(/-/g, ''), 'hex'));
}

function fingerprint(localId: AccountId, localKey: Uint8Array, remoteId: AccountId, remoteKey: Uint8Array): Fingerprint {
  return Fingerprint.new(
    iterations,
    version,
    uuidBytes(localId),
    PublicKey.deserialize(Uint8Array.from(localKey)),
    uuidBytes(remoteId),
    PublicKey.deserialize(Uint8Array.from(remoteKey)),
  );
}

export function computeSafetyNumber(localId: AccountId, localKey: Uint8Array, remoteId: AccountId, remoteKey: Uint8Array): SafetyNumber {
  const value = fingerprint(localId, localKey, remoteId, remoteKey);
  return {
    digits: value.displayableFingerprint().toString(),
    qrPayload: Buffer.from(value.scannableFingerprint().toBuffer()).toString('base64'),
  };
}

/** Whether a QR payload scanned from the other screen matches ours. */
export function compareScannedSafetyNumber(
  localId: AccountId,
  localKey: Uint8Array,
  remoteId: AccountId,
  remoteKey: Uint8Array,
  qrPayload: string,
): boolean {
  const trimmed = qrPayload.trim();
  if (trimmed.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new SafetyNumberFormatError('That is not a safety number code: it should be the QR code shown on the other person’s screen.');
  }
  const scanned = ScannableFingerprint._fromBuffer(Uint8Array.from(Buffer.from(trimmed, 'base64')));
  const ours = fingerprint(localId, localKey, remoteId, remoteKey).scannableFingerprint();
  try {
    return ours.compare(scanned);
  } catch (error) {
    // libsignal reports a version mismatch only in its message.
    if (error instanceof Error && /version/i.test(error.message)) throw new SafetyNumberVersionError();
    throw new SafetyNumberFormatError('That QR code is not a Parley safety number.', { cause: error });
  }
}

/** Whether digits typed or pasted from the other side match ours. */
export function compareSafetyNumberDigits(ours: string, input: string): boolean {
  const digits = normalizeSafetyNumber(input);
  if (digits === undefined) throw new SafetyNumberFormatError('A safety number has exactly 60 digits (spaces and dashes are fine).');
  return digits === ours;
}
