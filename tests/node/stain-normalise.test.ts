/**
 * The extension's stain normaliser must do what training did (training/stain.py): same
 * stain estimate and same normalised pixels on real LC25000 test images and on copies of
 * them re-stained with another laboratory's measured stain (tests/fixtures/stain, written
 * by training/stain_fixtures.py).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../src/core/preprocess';
import { normaliseStain, type StainNormalisation } from '../../src/core/stain-normalise';
import { ROOT, readPng } from '../helpers/node-model';

const DIR = join(ROOT, 'tests/fixtures/stain');

interface StainFixture {
  png: string;
  stains: number[][];
  maxConcentrations: number[];
  tissueFraction: number;
  sampleStep: number;
  normalisedSample: number[];
}

const { normalisation, images } = JSON.parse(readFileSync(join(DIR, 'reference.json'), 'utf8')) as {
  normalisation: StainNormalisation;
  images: StainFixture[];
};

const asInput = (png: string) => {
  const image = readPng(join(DIR, png));
  return preprocess(image, { width: image.width, height: image.height, channels: 'RGB', range: [0, 1], resize: 'area' });
};

describe('stain normalisation matches training (PyTorch)', () => {
  it('has original and re-stained fixtures', () => {
    expect(images.length).toBeGreaterThanOrEqual(24);
    expect(images.filter((f) => f.png.startsWith('restained-')).length).toBe(images.length / 2);
  });

  it.each(images.map((f) => [f.png, f] as const))('%s', (_, f) => {
    const rgb = asInput(f.png);
    const estimate = normaliseStain(rgb, 224, 224, normalisation);
    expect(estimate).not.toBeNull();
    expect(estimate!.tissueFraction).toBeCloseTo(f.tissueFraction, 9);
    for (let s = 0; s < 2; s++) for (let c = 0; c < 3; c++) expect(Math.abs(estimate!.stains[s][c] - f.stains[s][c])).toBeLessThan(1e-6);
    for (let s = 0; s < 2; s++) expect(Math.abs(estimate!.maxConcentrations[s] - f.maxConcentrations[s])).toBeLessThan(1e-5);
    let worst = 0;
    f.normalisedSample.forEach((v, k) => (worst = Math.max(worst, Math.abs(rgb[k * f.sampleStep] - v))));
    expect(worst).toBeLessThan(1e-4);
  });

  it('brings re-stained copies closer to their originals (mean over the 12 pairs)', () => {
    // Not per pair: Macenko's percentile angles are not exactly invariant to a change of
    // stain basis, so a pale or clipped copy can come back no closer (2 of 12 here).
    const pairs = images.filter((f) => !f.png.startsWith('restained-'));
    let before = 0;
    let after = 0;
    for (const original of pairs) {
      const name = original.png.split('/').pop()!;
      const a = asInput(original.png);
      const b = asInput(`restained-${name}`);
      before += meanAbsDifference(a, b) / pairs.length;
      normaliseStain(a, 224, 224, normalisation);
      normaliseStain(b, 224, 224, normalisation);
      after += meanAbsDifference(a, b) / pairs.length;
    }
    expect(after).toBeLessThan(before * 0.6);
  });

  it('leaves an image without tissue unchanged', () => {
    const blank = new Float32Array(32 * 32 * 3).fill(0.97);
    expect(normaliseStain(blank, 32, 32, normalisation)).toBeNull();
    expect(blank.every((v) => v === Math.fround(0.97))).toBe(true);
  });
});

function meanAbsDifference(a: Float32Array, b: Float32Array) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s / a.length;
}
