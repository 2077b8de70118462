/** Conversions between SQLite values and the store's types. */
import type { Timestamp } from '../types';

export type Clock = () => Timestamp;

/**
 * A fresh, unpooled copy: SQLite hands out Buffers, libsignal wants plain
 * `Uint8Array<ArrayBuffer>`, and callers must not see a later row's bytes.
 */
export function copyBytes(value: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(value);
}

export function copyNullableBytes(value: Uint8Array | null): Uint8Array<ArrayBuffer> | null {
  return value === null ? null : copyBytes(value);
}

export function toBoolean(value: number): boolean {
  return value !== 0;
}
