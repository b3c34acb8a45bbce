/**
 * Cuts one tile-map window out of the decoded image, resized to the model's 224×224 with
 * the browser's high-quality scaler, and measures how much of it lies within tissue (air
 * spaces between septa count, as in the input check: tissue-coverage.ts). Runs in the
 * model host since issue 18 (the tile map page used to cut tiles and send them as base64
 * RGBA, ~2 MB of JSON per batch of 8); the drawing is the same, so are the pixels.
 */
import { MODEL_TILE_PX } from '../core/tile-grid';
import { tissueCoverage } from '../core/tissue-coverage';
import type { RgbaImage } from '../core/types';
import type { TileWindow } from '../shared/messages';

let ctx: OffscreenCanvasRenderingContext2D | null = null;

export function cutTileWindow(source: ImageBitmap, window: TileWindow): { image: RgbaImage; tissueFraction: number } {
  ctx ??= new OffscreenCanvas(MODEL_TILE_PX, MODEL_TILE_PX).getContext('2d', { willReadFrequently: true })!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.clearRect(0, 0, MODEL_TILE_PX, MODEL_TILE_PX);
  ctx.drawImage(source, window.x, window.y, window.size, window.size, 0, 0, MODEL_TILE_PX, MODEL_TILE_PX);
  const pixels = ctx.getImageData(0, 0, MODEL_TILE_PX, MODEL_TILE_PX);
  const image = { width: MODEL_TILE_PX, height: MODEL_TILE_PX, data: new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength) };
  return { image, tissueFraction: tissueCoverage(image).coverage };
}
