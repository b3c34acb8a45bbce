/**
 * The pixel fingerprint and thumbnail that history keeps. Made here, in the inference
 * host, because only it holds the decoded pixels (the background never sees them).
 */
import type { ImageDigest, RgbaImage } from '../core/types';
import { sha256Hex } from '../core/model-checksum';

/** Longest side of a history thumbnail, in pixels: legible in a list, ~3 kB as JPEG. */
export const THUMBNAIL_SIZE = 80;

/**
 * A DOM canvas and the synchronous toDataURL, not OffscreenCanvas.convertToBlob: in
 * Chrome's offscreen document convertToBlob took 1000 ms for an 80 px JPEG (measured here,
 * Chromium 156; toDataURL: under 1 ms), which made every right-click 1 s slower.
 * See https://crbug.com/995099. Both inference hosts (offscreen document, Firefox's event
 * page) have a DOM.
 */
function thumbnail(image: RgbaImage): string {
  const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(image.width, image.height));
  const full = new OffscreenCanvas(image.width, image.height);
  const fullCtx = full.getContext('2d');
  const small = document.createElement('canvas');
  small.width = Math.max(1, Math.round(image.width * scale));
  small.height = Math.max(1, Math.round(image.height * scale));
  const ctx = small.getContext('2d');
  if (!fullCtx || !ctx) throw new Error('no 2D canvas is available');
  fullCtx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(full, 0, 0, small.width, small.height);
  return small.toDataURL('image/jpeg', 0.75);
}

export async function imageDigest(image: RgbaImage): Promise<ImageDigest> {
  const thumb = thumbnail(image);
  return { sha256: await sha256Hex(image.data as Uint8Array<ArrayBuffer>), thumbnail: thumb };
}
