/**
 * The nucleus-scale estimate must follow magnification on real tissue: LC25000 test tiles
 * (the tissue fixtures), the same tissue at 1/2 and 1/3 (same-class mosaics shrunk back, as
 * training makes them) and at full resolution side by side (a 672-px mosaic).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateNucleusScale } from '../../src/core/nucleus-scale';
import { shrinkMosaic } from '../../scripts/trust/shrink-mosaic';
import { sideBySide } from '../helpers/low-magnification';
import { FIXTURES, ROOT, readPng } from '../helpers/node-model';

const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.png')).sort();
const tiles = files.map((f) => readPng(join(FIXTURES, f)));
const sameClass = (i: number) => {
  const start = i - (i % 4);
  return [0, 1, 2, 3].map((j) => tiles[start + ((i + j) % 4)]);
};
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

describe('estimateNucleusScale on LC25000 test tiles', () => {
  const whole = tiles.map((t) => estimateNucleusScale(t).diameterPx);

  it('measures training-scale nuclei between 8 and 32 px', () => {
    for (const d of whole) {
      expect(d).toBeGreaterThan(8);
      expect(d).toBeLessThan(32);
    }
  });

  it('halves and thirds (within the estimate’s compression near its 2.8-px floor) at 1/2 and 1/3', () => {
    const half = tiles.map((_, i) => whole[i] / estimateNucleusScale(shrinkMosaic(sameClass(i), 2)).diameterPx);
    const third = tiles.map((_, i) => whole[i] / estimateNucleusScale(shrinkMosaic([...sameClass(i), ...sameClass(i), tiles[i]], 3)).diameterPx);
    expect(median(half)).toBeGreaterThan(1.5);
    expect(median(half)).toBeLessThan(2.4);
    expect(median(third)).toBeGreaterThan(median(half));
    for (let i = 0; i < tiles.length; i++) expect(third[i]).toBeGreaterThan(1.2);
  });

  it('gives the same size for a larger image at the same magnification (measured on full-resolution windows)', () => {
    const ratios = tiles.map((_, i) => estimateNucleusScale(sideBySide(sameClass(i), 3)).diameterPx / whole[i]);
    expect(median(ratios)).toBeGreaterThan(0.75);
    expect(median(ratios)).toBeLessThan(1.35);
  });

  it('is not thrown by a blank half (glass next to tissue)', () => {
    const half = readPng(join(ROOT, 'tests/fixtures/heatmap/adenocarcinoma-lungaca2666-blank-left.png'));
    const full = readPng(join(FIXTURES, 'adenocarcinoma-lungaca2666.png'));
    const ratio = estimateNucleusScale(half).diameterPx / estimateNucleusScale(full).diameterPx;
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.25);
  });

  it('finds no blob structure in a flat image', () => {
    const flat = { width: 64, height: 64, data: new Uint8Array(64 * 64 * 4).fill(200) };
    expect(estimateNucleusScale(flat).strength).toBe(0);
  });
});
