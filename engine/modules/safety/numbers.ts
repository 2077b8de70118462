/**
 * Safety numbers (DESIGN.md "Safety numbers"): libsignal's Fingerprint over both
 * accounts' identity keys, version 2 with 5200 iterations and the account ids (UUID
 * bytes) as identifiers, as Signal does. Both sides compute the same 60 digits; the
 * scannable form is what the QR code carries.
 */
import { Fingerprint, PublicKey, ScannableFingerprint } from '@signalapp/libsignal-client';
import { normalizeSafetyNumber } from '../../../shared/safety-number';
import { EngineError } from '../../kernel/errors';
import type { AccountId } from '../../store';

const iterations = 5200;
const version = 2;

export interface SafetyNumber {
  /** 60 digits. */
  readonly digits: string;
  /** libsignal's scannable fingerprint, base64, for the QR code. */
  readonly qrPayload: string;
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
    throw new EngineError('safety-number-not-a-code');
  }
  const scanned = ScannableFingerprint._fromBuffer(Uint8Array.from(Buffer.from(trimmed, 'base64')));
  const ours = fingerprint(localId, localKey, remoteId, remoteKey).scannableFingerprint();
  try {
    return ours.compare(scanned);
  } catch (error) {
    // libsignal reports a version mismatch only in its message.
    if (error instanceof Error && /version/i.test(error.message)) throw new EngineError('safety-number-version', {}, { cause: error });
    throw new EngineError('safety-number-not-parley', {}, { cause: error });
  }
}

/** Whether digits typed or pasted from the other side match ours. */
export function compareSafetyNumberDigits(ours: string, input: string): boolean {
  const digits = normalizeSafetyNumber(input);
  if (digits === undefined) throw new EngineError('safety-number-digits');
  return digits === ours;
}
