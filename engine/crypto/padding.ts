/**
 * Message padding before encryption, so ciphertext lengths leak only a coarse size:
 * the plaintext, a 0x80 terminator, then zeros up to a multiple of 160 bytes (the
 * block size Signal clients use for message content).
 */
export const paddingBlock = 160;

export function padMessage(plaintext: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil((plaintext.length + 1) / paddingBlock) * paddingBlock);
  padded.set(plaintext);
  padded[plaintext.length] = 0x80;
  return padded;
}

export function unpadMessage(padded: Uint8Array): Uint8Array {
  for (let index = padded.length - 1; index >= 0; index--) {
    const byte = padded[index];
    if (byte === 0x80) return padded.subarray(0, index);
    if (byte !== 0x00) throw new Error('Message padding is malformed.');
  }
  throw new Error('Message padding is missing.');
}

/**
 * Attachments are padded to size buckets that grow by 5 %, so a file's exact size does
 * not show in its ciphertext (minimum 541 bytes, as Signal does).
 */
export function paddedAttachmentSize(size: number): number {
  return Math.max(541, size, Math.floor(1.05 ** Math.ceil(Math.log(Math.max(size, 1)) / Math.log(1.05))));
}
