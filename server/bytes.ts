/** Base64 at the JSON edge. Copies into a plain ArrayBuffer, which libsignal's types require. */
export function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const buffer = Buffer.from(value, 'base64');
  const bytes = new Uint8Array(buffer.length);
  bytes.set(buffer);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
