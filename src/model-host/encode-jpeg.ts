/**
 * RGBA pixels → a resized JPEG data URL, in either inference host (Chrome's offscreen
 * document, Firefox's event page; both have a DOM). Used for the history thumbnail and for
 * the image a heat map is drawn over.
 *
 * A DOM canvas and the synchronous toDataURL, not OffscreenCanvas.convertToBlob: in
 * Chrome's offscreen document convertToBlob took 1000 ms for an 80 px JPEG (measured here,
 * Chromium 156; toDataURL: under 1 ms), which made every right-click 1 s slower.
 * See https://crbug.com/995099.
 */
import type { RgbaImage } from '../core/types';

export function encodeJpegDataUrl(image: RgbaImage, width: number, height: number, quality: number): string {
  const full = new OffscreenCanvas(image.width, image.height);
  const fullCtx = full.getContext('2d');
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!fullCtx || !ctx) throw new Error('no 2D canvas is available');
  fullCtx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(full, 0, 0, width, height);
  return out.toDataURL('image/jpeg', quality);
}
