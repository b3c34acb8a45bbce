// RGBA pixels → the model's input tensor data: RGB, HWC, resized to the model's input
// size, values mapped from [0, 255] to the metadata's range (LUCIAN's contract: [0, 1]).
// Pure TypeScript so that it is identical in every browser and testable in Node.
import type { ModelMetadata } from './model-metadata';
import { resizeTaps } from './resize-weights';
import type { RgbaImage } from './types';

export function preprocess(image: RgbaImage, input: ModelMetadata['input']): Float32Array {
  const { width: sw, height: sh, data } = image;
  if (data.length !== sw * sh * 4) throw new Error(`expected ${sw * sh * 4} RGBA bytes, got ${data.length}`);
  const { width: dw, height: dh } = input;
  const [lo, hi] = input.range;
  const scale = (hi - lo) / 255;

  // Separable resize: rows first into a float buffer (dh × sw × 3), then columns.
  const ty = resizeTaps(sh, dh, input.resize === 'nearest' ? 'nearest' : 'area');
  const tx = resizeTaps(sw, dw, input.resize === 'nearest' ? 'nearest' : 'area');
  const rows = new Float32Array(dh * sw * 3);
  for (let y = 0; y < dh; y++) {
    const out = y * sw * 3;
    for (let t = ty.start[y]; t < ty.start[y + 1]; t++) {
      const w = ty.weight[t];
      const src = ty.index[t] * sw * 4;
      for (let x = 0; x < sw; x++) {
        rows[out + x * 3] += w * data[src + x * 4];
        rows[out + x * 3 + 1] += w * data[src + x * 4 + 1];
        rows[out + x * 3 + 2] += w * data[src + x * 4 + 2];
      }
    }
  }
  const result = new Float32Array(dh * dw * 3);
  for (let y = 0; y < dh; y++) {
    for (let x = 0; x < dw; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let t = tx.start[x]; t < tx.start[x + 1]; t++) {
        const w = tx.weight[t];
        const src = (y * sw + tx.index[t]) * 3;
        r += w * rows[src];
        g += w * rows[src + 1];
        b += w * rows[src + 2];
      }
      const o = (y * dw + x) * 3;
      result[o] = lo + r * scale;
      result[o + 1] = lo + g * scale;
      result[o + 2] = lo + b * scale;
    }
  }
  return result;
}
