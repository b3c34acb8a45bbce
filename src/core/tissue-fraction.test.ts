import { describe, expect, it } from 'vitest';
import { tissueFraction } from './tissue-fraction';

function image(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    data.set([...pixel(x, y), 255], (y * width + x) * 4);
  }
  return { width, height, data };
}

describe('tissueFraction', () => {
  it('is 0 on blank white glass and 1 on H&E-like pink/purple', () => {
    expect(tissueFraction(image(8, 8, () => [245, 244, 246]))).toBe(0);
    expect(tissueFraction(image(8, 8, () => [200, 120, 180]))).toBe(1);
  });

  it('counts the tissue half of a half-blank image', () => {
    expect(tissueFraction(image(10, 4, (x) => (x < 5 ? [240, 240, 240] : [150, 60, 140])))).toBeCloseTo(0.5);
  });
});
