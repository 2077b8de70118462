/**
 * Turns a picture the user chose into the small square the contract carries: the
 * centred square, scaled to 96×96, as a JPEG data URL (a few kilobytes).
 */
import { centredSquare } from '../chats/logic';

export const avatarSize = 96;

export class UnreadableImageError extends Error {
  override readonly name = 'UnreadableImageError';
}

export async function squareAvatar(file: Blob): Promise<string> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new UnreadableImageError('The file is not an image the browser can decode.');
  }
  try {
    const crop = centredSquare(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = avatarSize;
    canvas.height = avatarSize;
    const context = canvas.getContext('2d');
    if (context === null) throw new UnreadableImageError('No 2D canvas available to resize the image.');
    // JPEG has no transparency: a white backdrop instead of black behind transparent PNGs.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, avatarSize, avatarSize);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, crop.x, crop.y, crop.size, crop.size, 0, 0, avatarSize, avatarSize);
    return canvas.toDataURL('image/jpeg', 0.85);
  } finally {
    bitmap.close();
  }
}
