import { describe, expect, it } from 'vitest';
import { heatMapPixels, strongestRegion } from './heat-map-colours';

const map = (values: number[], rows = 2, cols = 2) => ({ rows, cols, values, classIndex: 0 });

describe('heatMapPixels', () => {
  it('is transparent where relevance is 0 and red and opaque where it is 1, scaled by opacity', () => {
    const px = heatMapPixels(map([1, 0, 0, 0]), 4, 0.5);
    expect(Array.from(px.subarray(0, 4))).toEqual([255, 0, 0, 128]);
    const last = (4 * 4 - 1) * 4;
    expect(px[last + 3]).toBe(0);
  });
});

describe('strongestRegion', () => {
  it('names where the map is strongest', () => {
    expect(strongestRegion(map([0, 0, 0, 0, 0, 0, 0, 0, 1], 3, 3))).toBe('bottom right');
    expect(strongestRegion(map([0, 0, 0, 0, 1, 0, 0, 0, 0], 3, 3))).toBe('centre');
    expect(strongestRegion(map([0, 0, 0, 1, 0, 0, 0, 0, 0], 3, 3))).toBe('left side');
  });
});
