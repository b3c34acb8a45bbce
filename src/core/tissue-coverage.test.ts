import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { airSpaces, alveoli } from '../../tests/helpers/air-spaces';
import { FIXTURES, readPng } from '../../tests/helpers/node-model';
import { MIN_TILE_TISSUE } from './run-tiles';
import { tissueCoverage } from './tissue-coverage';
import type { RgbaImage } from './types';

function image(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([...pixel(x, y), 255], (y * width + x) * 4);
  return { width, height, data };
}
const GLASS: [number, number, number] = [244, 243, 246];
const PINK: [number, number, number] = [205, 120, 185];
const benign = readdirSync(FIXTURES).filter((f) => f.startsWith('benign') && f.endsWith('.png')).map((f) => readPng(join(FIXTURES, f)));

describe('tissueCoverage', () => {
  it('is 0 on empty glass and 1 on solid tissue', () => {
    expect(tissueCoverage(image(224, 224, () => GLASS))).toEqual({ fraction: 0, coverage: 0 });
    expect(tissueCoverage(image(224, 224, () => PINK))).toEqual({ fraction: 1, coverage: 1 });
  });

  it('counts the air between thin septa as tissue: a 5-px honeycomb of 40-px alveoli covers the image', () => {
    const septa = image(224, 224, (x, y) => (x % 40 < 5 || y % 40 < 5 ? PINK : GLASS));
    const c = tissueCoverage(septa);
    expect(c.fraction).toBeLessThan(0.25);
    expect(c.coverage).toBe(1);
  });

  it('still sees glass: a speck of tissue, half a slide, tissue along one edge', () => {
    expect(tissueCoverage(image(400, 400, (x, y) => (x < 40 && y < 40 ? PINK : GLASS))).coverage).toBeCloseTo(0.01, 2);
    expect(tissueCoverage(image(224, 224, (x) => (x < 112 ? PINK : GLASS))).coverage).toBeCloseTo(0.5, 1);
    expect(tissueCoverage(image(224, 224, (x) => (x < 40 ? PINK : GLASS))).coverage).toBeLessThan(0.2);
  });

  it('keeps the background between scattered cells (a smear, text) as one glass region', () => {
    // 8-px cells every 24 px: the background around them is connected, so it is glass.
    const smear = image(240, 240, (x, y) => (x % 24 < 8 && y % 24 < 8 ? PINK : GLASS));
    expect(tissueCoverage(smear).coverage).toBeLessThan(0.25);
  });

  it('is never below the plain tissue fraction', () => {
    // One pink pixel per 4×4-px cell: no cell reaches its threshold (dust on glass), the fraction still counts them.
    const dots = image(224, 224, (x, y) => (x % 4 === 0 && y % 4 === 0 ? PINK : GLASS));
    const c = tissueCoverage(dots);
    expect(c.fraction).toBeCloseTo(1 / 16, 3);
    expect(c.coverage).toBe(c.fraction);
  });

  it('finds real LC25000 benign tissue made alveolar (septa on glass) covered, though its tissue fraction is small', () => {
    for (const [i, img] of benign.entries()) {
      for (const seed of [1, 2, 3]) {
        const { image: lung, air } = alveoli(img, seed * 10 + i, { count: 9 + 4 * seed, septum: 4 + seed, openShare: 0.1 });
        expect(air).toBeGreaterThan(0.6);
        const c = tissueCoverage(lung);
        expect(c.fraction).toBeLessThan(0.35);
        expect(c.coverage).toBeGreaterThan(0.5);
      }
    }
  });

  it('lets the tile map classify an alveolar window it used to skip as background, and still skip glass', () => {
    const lung = alveoli(benign[0], 5, { count: 9, septum: 4, openShare: 0.1 }).image;
    const c = tissueCoverage(lung);
    expect(c.fraction).toBeLessThan(MIN_TILE_TISSUE);
    expect(c.coverage).toBeGreaterThanOrEqual(MIN_TILE_TISSUE);
    expect(tissueCoverage(image(224, 224, (x, y) => (x < 30 && y < 100 ? PINK : GLASS))).coverage).toBeLessThan(MIN_TILE_TISSUE);
  });

  it('finds LC25000 benign tissue with air spaces painted over 30–60 % of it mostly covered', () => {
    for (const [i, img] of benign.entries()) {
      for (const seed of [1, 2, 3]) expect(tissueCoverage(airSpaces(img, seed * 10 + i).image).coverage).toBeGreaterThan(0.5);
    }
  });

  it('samples megapixel images on a coarse grid and still closes thin septa', () => {
    const big = image(2000, 1500, (x, y) => (x % 300 < 8 || y % 300 < 8 ? PINK : GLASS));
    const c = tissueCoverage(big);
    expect(c.fraction).toBeLessThan(0.1);
    expect(c.coverage).toBeGreaterThan(0.9);
  });
});
