// RGBA pixels → a resized JPEG data URL (history thumbnails, the image under a heat map). A DOM
// canvas's toDataURL, not OffscreenCanvas.convertToBlob: in Chrome's offscreen document that took
// 1000 ms for an 80 px JPEG (https://crbug.com/995099).
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
