/**
 * Reads a QR code out of a picture (a screenshot of the other person's safety number)
 * in the renderer: decode the image, draw it on a canvas, hand the pixels to jsQR.
 * Nothing leaves the renderer but the decoded text.
 */
import jsQR from 'jsqr';

/** Larger pictures are scaled down first: jsQR's time grows with the pixel count. */
const maxSide = 2000;

export class NotAnImageError extends Error {
  override readonly name = 'NotAnImageError';
}

export async function readQrCode(image: Blob): Promise<string | undefined> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    throw new NotAnImageError('The file is not an image the browser can decode.');
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('No 2D canvas available to read the image.');
    // A white backdrop so a transparent PNG's code is dark on light, as jsQR expects.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    const code = jsQR(pixels.data, width, height, { inversionAttempts: 'attemptBoth' });
    return code === null || code.data === '' ? undefined : code.data;
  } finally {
    bitmap.close();
  }
}
