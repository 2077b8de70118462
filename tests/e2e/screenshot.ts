import { PNG } from 'pngjs';

export interface ScreenshotStats {
  readonly width: number;
  readonly height: number;
  /** Mean luminance, 0 (black) to 255 (white). */
  readonly meanLuminance: number;
  /** Share of pixels that differ strongly from the dominant background: text, QR, icons. */
  readonly inkShare: number;
}

/** Reads a PNG screenshot and measures what a person would see: brightness and content. */
export function inspectScreenshot(png: Buffer): ScreenshotStats {
  const image = PNG.sync.read(png);
  const luminances = new Uint8Array(image.width * image.height);
  const histogram = new Array<number>(256).fill(0);
  for (let index = 0; index < luminances.length; index++) {
    const offset = index * 4;
    const luminance = Math.round(
      0.2126 * (image.data[offset] ?? 0) + 0.7152 * (image.data[offset + 1] ?? 0) + 0.0722 * (image.data[offset + 2] ?? 0),
    );
    luminances[index] = luminance;
    histogram[luminance] = (histogram[luminance] ?? 0) + 1;
  }
  const background = histogram.indexOf(Math.max(...histogram));
  let sum = 0;
  let ink = 0;
  for (const luminance of luminances) {
    sum += luminance;
    if (Math.abs(luminance - background) > 96) ink++;
  }
  return {
    width: image.width,
    height: image.height,
    meanLuminance: sum / luminances.length,
    inkShare: ink / luminances.length,
  };
}
