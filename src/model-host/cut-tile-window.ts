// Cuts one tile-map window from the decoded image at the model's size with the browser's
// high-quality scaler, and measures its tissue coverage.
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
