// The nucleus size of the tile map's image (core/nucleus-scale.ts), read from the decoded
// bitmap at full resolution up to MAX_SIDE px on the long side (the estimate measures large
// images on full-resolution windows; shrinking them first would bias it).
import type { ScaleCalibration } from '../core/choose-zoom';
import { estimateNucleusScale } from '../core/nucleus-scale';
import type { ImageScaleSource } from '../core/tile-grid';

const MAX_SIDE = 2048;

export function measureScale(bitmap: ImageBitmap, calibration: ScaleCalibration): Extract<ImageScaleSource, { kind: 'measured' }> | null {
  const factor = Math.max(1, Math.max(bitmap.width, bitmap.height) / MAX_SIDE);
  const w = Math.max(1, Math.round(bitmap.width / factor));
  const h = Math.max(1, Math.round(bitmap.height / factor));
  const ctx = new OffscreenCanvas(w, h).getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(bitmap, 0, 0, w, h);
  const { data } = ctx.getImageData(0, 0, w, h);
  const { diameterPx, strength } = estimateNucleusScale({ width: w, height: h, data });
  // No blob structure (a chart, a blank area): keep the usual default.
  if (!(strength > 0)) return null;
  return { kind: 'measured', nucleusPx: diameterPx * (bitmap.width / w), trainingNucleusPx: calibration.nucleusDiameterPx, typicalRange: calibration.typicalRange };
}
