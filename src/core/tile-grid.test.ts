import { describe, expect, it } from 'vitest';
import { MAX_TILES, axisPositions, defaultWindowPx, minWindowFor, tileGrid } from './tile-grid';

describe('axisPositions', () => {
  it('places whole tiles from 0 when they fit exactly', () => {
    expect(axisPositions(672, 224)).toEqual([0, 224, 448]);
  });
  it('adds an evenly spread tile for a remainder of a quarter window or more', () => {
    const xs = axisPositions(700, 224); // 3 tiles + 28 px: under a quarter, left out
    expect(xs).toEqual([0, 224, 448]);
    const ys = axisPositions(760, 224); // 3 tiles + 88 px: one more, spread to the edge
    expect(ys).toHaveLength(4);
    expect(ys[0]).toBe(0);
    expect(ys[3] + 224).toBe(760);
  });
  it('gives one tile when the axis is shorter than the window, none when empty', () => {
    expect(axisPositions(100, 224)).toEqual([0]);
    expect(axisPositions(0, 224)).toEqual([]);
  });
});

describe('tileGrid', () => {
  it('covers a 3000×2000 figure with 224-px tiles, in row-major order', () => {
    const g = tileGrid(3000, 2000, 224);
    expect([g.cols, g.rows]).toEqual([14, 9]); // 13.4 and 8.9 windows: the remainders get a tile each
    expect(g.tiles).toHaveLength(126);
    expect(g.tiles[15]).toMatchObject({ row: 1, col: 1, index: 15 });
    for (const t of g.tiles) {
      expect(t.x + t.size).toBeLessThanOrEqual(3000);
      expect(t.y + t.size).toBeLessThanOrEqual(2000);
    }
    expect(Math.max(...g.tiles.map((t) => t.x + t.size))).toBe(3000);
  });
  it('shrinks the window to a small image', () => {
    const g = tileGrid(150, 300, 224);
    expect(g.windowPx).toBe(150);
    expect(g.tiles.map((t) => t.y)).toEqual([0, 150]);
  });
  it('refuses an empty image', () => {
    expect(() => tileGrid(0, 10, 224)).toThrow(/empty/);
  });
});

describe('defaultWindowPx', () => {
  it('is 224 image pixels for an image file (LC25000 scale)', () => {
    expect(defaultWindowPx({ kind: 'image' }, 3000, 2000)).toBe(224);
  });
  it('scales with devicePixelRatio for a screen capture', () => {
    expect(defaultWindowPx({ kind: 'region', devicePixelRatio: 2 }, 2000, 1000)).toBe(448);
  });
  it('never exceeds the image', () => {
    expect(defaultWindowPx({ kind: 'image' }, 180, 120)).toBe(120);
  });
  it('makes measured nuclei as large as in a training tile, unless they are within the normal spread', () => {
    const measured = (nucleusPx: number) => ({ kind: 'measured' as const, nucleusPx, trainingNucleusPx: 16, typicalRange: [0.7, 1.45] as [number, number] });
    // Nuclei 8 px across where training tiles show 16: a 112-px window, enlarged to 224, doubles them.
    expect(defaultWindowPx(measured(8), 2000, 1000)).toBe(112);
    expect(defaultWindowPx(measured(40), 2000, 1000)).toBe(560);
    // 21 px is 1.31 of 16: training tiles vary that much, so an image pixel stays a tile pixel.
    expect(defaultWindowPx(measured(21), 2000, 1000)).toBe(224);
  });
});

describe('minWindowFor', () => {
  it('keeps the tile count within the limit', () => {
    const w = minWindowFor(20000, 20000);
    expect(tileGrid(20000, 20000, w).tiles.length).toBeLessThanOrEqual(MAX_TILES);
    expect(minWindowFor(1000, 1000)).toBe(32);
  });
});
