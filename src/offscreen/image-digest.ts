/**
 * The pixel fingerprint and thumbnail that history keeps. Made here, in the inference
 * host, because only it holds the decoded pixels (the background never sees them).
 */
import type { ImageDigest, RgbaImage } from '../core/types';
import { sha256Hex } from '../core/model-checksum';

/** Longest side of a history thumbnail, in pixels: legible in a list, ~3 kB as JPEG. */
export const THUMBNAIL_SIZE = 80;

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('the thumbnail could not be encoded'));
    reader.readAsDataURL(blob);
  });
}

async function thumbnail(image: RgbaImage): Promise<string> {
  const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(image.width, image.height));
  const full = new OffscreenCanvas(image.width, image.height);
  full.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  const small = new OffscreenCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const ctx = small.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(full, 0, 0, small.width, small.height);
  return blobToDataUrl(await small.convertToBlob({ type: 'image/jpeg', quality: 0.75 }));
}

export async function imageDigest(image: RgbaImage): Promise<ImageDigest> {
  const [sha256, thumb] = await Promise.all([sha256Hex(image.data as Uint8Array<ArrayBuffer>), thumbnail(image)]);
  return { sha256, thumbnail: thumb };
}
