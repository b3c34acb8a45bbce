import { describe, expect, it } from 'vitest';
import { classActivationMap, gridExtent } from './class-activation-map';

describe('gridExtent', () => {
  it('is the share of the input the strided cells cover', () => {
    expect(gridExtent(3, 224)).toBeCloseTo(192 / 224, 10); // stride 64: 0–191 px
    expect(gridExtent(7, 224)).toBe(1); // stride 32
    expect(gridExtent(14, 224)).toBe(1); // stride 16
  });
});

describe('classActivationMap', () => {
  it('keeps the extent with the map, so the card draws the cells where they are', () => {
    // Two classes, 3×3 positions: class 0 leads at the top-left position only.
    const contributions = new Float32Array(18);
    contributions[0] = 2;
    const map = classActivationMap({ logits: Float32Array.from([1, 0]), contributions, rows: 3, cols: 3, classes: 2 }, undefined, 224);
    expect(map.extent).toBeCloseTo(192 / 224, 10);
    expect(map.values[0]).toBe(1);
    expect(map.values.slice(1).every((v) => v === 0)).toBe(true);
  });
});
