/** Reads a linking QR code from a PNG (a screenshot or a photo of the desktop's screen). */
import fs from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { NamedError } from '../../shared/domain/named-error';

export class QrImageError extends NamedError {
  constructor(
    readonly problem: 'unreadable' | 'no-code',
    message: string,
  ) {
    super(message);
  }
}

export function decodeQrPng(png: Uint8Array): string {
  let image: PNG;
  try {
    image = PNG.sync.read(Buffer.from(png));
  } catch {
    throw new QrImageError('unreadable', 'The file is not a readable PNG image.');
  }
  const code = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height, {
    inversionAttempts: 'attemptBoth',
  });
  if (code === null || code.data === '') throw new QrImageError('no-code', 'No QR code was found in the image.');
  return code.data;
}

export async function decodeQrPngFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new QrImageError('unreadable', `Cannot read the image ${path}.`);
  }
  return decodeQrPng(bytes);
}
