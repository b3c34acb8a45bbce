/**
 * The image as the model sees it (squashed to its input size), as a JPEG data URL, so the
 * popup and the overlay can draw a heat map over exactly what was explained.
 */
import type { RgbaImage } from '../core/types';
import { bytesToBase64 } from '../shared/base64';

export async function encodeModelView(image: RgbaImage, width: number, height: number): Promise<string> {
  const source = new OffscreenCanvas(image.width, image.height);
  source.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return `data:image/jpeg;base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}
