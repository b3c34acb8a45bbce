import { describe, expect, it } from 'vitest';
import { cellColour, strongestRegion } from './heat-map-colours';

const map = (values: number[], rows = 2, cols = 2) => ({ rows, cols, values, classIndex: 0, method: 'grad-cam' as const });

describe('cellColour', () => {
  it('is transparent at relevance 0 and opaque red at 1, scaled by opacity', () => {
    expect(cellColour(0, 1)).toBe('rgba(255, 230, 0, 0)');
    expect(cellColour(1, 0.5)).toBe('rgba(255, 0, 0, 0.5)');
    expect(cellColour(1, 0)).toBe('rgba(255, 0, 0, 0)');
  });
});

describe('strongestRegion', () => {
  it('names where the map is strongest', () => {
    expect(strongestRegion(map([0, 0, 0, 0, 0, 0, 0, 0, 1], 3, 3))).toBe('bottom right');
    expect(strongestRegion(map([0, 0, 0, 0, 1, 0, 0, 0, 0], 3, 3))).toBe('centre');
    expect(strongestRegion(map([0, 0, 0, 1, 0, 0, 0, 0, 0], 3, 3))).toBe('left side');
  });
});
