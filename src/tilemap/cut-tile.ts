/**
 * Cuts one tile window out of the decoded image, resized to the model's 224×224 with the
 * browser's high-quality scaler, and measures how much of it is tissue.
 */
import type { TileRect } from '../core/tile-grid';
import { MODEL_TILE_PX } from '../core/tile-grid';
import { tissueFraction } from '../core/tissue-fraction';
import { bytesToBase64 } from '../shared/base64';
import type { RawPixels } from '../shared/messages';

const canvas = new OffscreenCanvas(MODEL_TILE_PX, MODEL_TILE_PX);
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

export function cutTile(source: ImageBitmap, tile: TileRect, offset = { x: 0, y: 0 }): { pixels: RawPixels; tissueFraction: number } {
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.clearRect(0, 0, MODEL_TILE_PX, MODEL_TILE_PX);
  ctx.drawImage(source, offset.x + tile.x, offset.y + tile.y, tile.size, tile.size, 0, 0, MODEL_TILE_PX, MODEL_TILE_PX);
  const image = ctx.getImageData(0, 0, MODEL_TILE_PX, MODEL_TILE_PX);
  const bytes = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return {
    pixels: { width: MODEL_TILE_PX, height: MODEL_TILE_PX, base64: bytesToBase64(bytes) },
    tissueFraction: tissueFraction(image, 2),
  };
}

/** A crop of the image as a PNG, for "Classify selection". */
export async function cropToPng(source: ImageBitmap, rect: { x: number; y: number; width: number; height: number }): Promise<string> {
  const c = new OffscreenCanvas(rect.width, rect.height);
  c.getContext('2d')!.drawImage(source, rect.x, rect.y, rect.width, rect.height, 0, 0, rect.width, rect.height);
  return bytesToBase64(new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer()));
}
