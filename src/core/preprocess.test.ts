import { describe, expect, it } from 'vitest';
import { preprocess } from './preprocess';
import type { RgbaImage } from './types';

const input = (width: number, height: number) => ({ width, height, channels: 'RGB' as const, range: [0, 1] as [number, number], resize: 'area' as const });

function image(width: number, height: number, rgb: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = rgb(x, y);
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

describe('preprocess', () => {
  it('keeps pixels exactly at the input size and maps bytes to [0, 1], dropping alpha', () => {
    const out = preprocess(image(2, 1, (x) => (x === 0 ? [255, 0, 51] : [0, 102, 255])), input(2, 1));
    expect(Array.from(out)).toEqual([1, 0, 0.2, 0, 0.4, 1].map((v) => Math.fround(v)));
  });

  it('area-averages when downscaling (golden values)', () => {
    // 4×2 → 2×1: each output is the mean of a 2×2 block.
    const src = image(4, 2, (x, y) => [x * 10 + y * 100, 0, 255]);
    const out = preprocess(src, input(2, 1));
    expect(out[0]).toBeCloseTo((0 + 10 + 100 + 110) / 4 / 255, 6);
    expect(out[3]).toBeCloseTo((20 + 30 + 120 + 130) / 4 / 255, 6);
    expect(out[2]).toBeCloseTo(1, 6);
  });

  it('weights partial pixels by their covered area for non-integer scales', () => {
    // 3 → 2 columns: output 0 covers source 0 fully and half of source 1.
    const out = preprocess(image(3, 1, (x) => [[0, 90, 180][x], 0, 0]), input(2, 1));
    expect(out[0] * 255).toBeCloseTo((0 * 1 + 90 * 0.5) / 1.5, 4);
    expect(out[3] * 255).toBeCloseTo((90 * 0.5 + 180 * 1) / 1.5, 4);
  });

  it('interpolates bilinearly when upscaling and keeps a flat image flat', () => {
    const flat = preprocess(image(1, 1, () => [100, 150, 200]), input(3, 3));
    for (let i = 0; i < 9; i++) expect(Array.from(flat.subarray(i * 3, i * 3 + 3)).map((v) => Math.round(v * 255))).toEqual([100, 150, 200]);
    const ramp = preprocess(image(2, 1, (x) => [x * 255, 0, 0]), input(4, 1));
    expect(Array.from(ramp.filter((_, i) => i % 3 === 0)).map((v) => +v.toFixed(3))).toEqual([0, 0.25, 0.75, 1]);
  });

  it('squashes non-square images to the model size (as Keras load_img does)', () => {
    expect(preprocess(image(448, 224, () => [1, 2, 3]), input(224, 224)).length).toBe(224 * 224 * 3);
  });

  it('rejects a buffer that does not match its size', () => {
    expect(() => preprocess({ width: 2, height: 2, data: new Uint8Array(3) }, input(1, 1))).toThrow(/RGBA bytes/);
  });

  it('picks PIL-style nearest pixels when the metadata asks for nearest (Keras load_img)', () => {
    // 4×1 → 2×1: PIL NEAREST takes source x = ⌊(i + ½)·2⌋ = 1 and 3.
    const src = image(4, 1, (x) => [x * 50, 0, 0]);
    const out = preprocess(src, { ...input(2, 1), resize: 'nearest' });
    expect(out[0]).toBeCloseTo(50 / 255, 6);
    expect(out[3]).toBeCloseTo(150 / 255, 6);
  });
});
