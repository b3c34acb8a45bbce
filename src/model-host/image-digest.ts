// The pixel fingerprint and thumbnail that history keeps. Made here, in the inference
// host, because only it holds the decoded pixels (the background never sees them).
import type { ImageDigest, RgbaImage } from '../core/types';
import { sha256Hex } from '../core/model-checksum';
import { encodeJpegDataUrl } from './encode-jpeg';

/** Longest side of a history thumbnail, in pixels: legible in a list, ~3 kB as JPEG. */
export const THUMBNAIL_SIZE = 80;

function thumbnail(image: RgbaImage): string {
  const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  return encodeJpegDataUrl(image, width, height, 0.75);
}

export async function imageDigest(image: RgbaImage): Promise<ImageDigest> {
  const thumb = thumbnail(image);
  return { sha256: await sha256Hex(image.data as Uint8Array<ArrayBuffer>), thumbnail: thumb };
}
