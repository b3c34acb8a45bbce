import { describe, expect, it } from 'vitest';
import { assessShift, stainAngle } from './input-shift';
import type { ModelMetadata } from './model-metadata';
import type { StainEstimate } from './stain-normalise';

const training = [[0.64, 0.75, 0.17], [0.33, 0.94, 0.13]].map((v) => v.map((x) => x / Math.hypot(...v)));
const input: ModelMetadata['input'] = {
  width: 224, height: 224, channels: 'RGB', range: [0, 1], resize: 'area',
  stainNormalisation: { method: 'macenko', stains: training as [number[], number[]], maxConcentrations: [2, 2.8], beta: 0.15, alpha: 1, minTissue: 0.02, stride: 2, unlikeAngle: 0.36 },
  scale: { nucleusDiameterPx: 16.5, zoomBelow: 0.43, zoomTo: 0.56, magnifiedAbove: 2.46, typicalRange: [0.7, 1.45], maxTiles: 9 },
};
const estimate = (stains: number[][]): StainEstimate => ({ stains: stains as [number[], number[]], maxConcentrations: [2, 2], tissueFraction: 0.5, thirdStainShare: 0.01 });
/** The unit vector at angle `a` from unit vector v (towards a direction perpendicular to it). */
const rotate = (v: number[], a: number) => {
  const c = [-v[2], 0, v[0]]; // v × (0, 1, 0): perpendicular to v
  const n = Math.hypot(...c);
  return v.map((x, i) => Math.cos(a) * x + Math.sin(a) * (c[i] / n));
};

describe('stainAngle', () => {
  it('is 0 for the training stain and the largest of the two vector angles otherwise', () => {
    expect(stainAngle(training as [number[], number[]], training)).toBeCloseTo(0, 7);
    expect(stainAngle([rotate(training[0], 0.1), rotate(training[1], 0.3)], training)).toBeCloseTo(0.3, 9);
  });
});

describe('assessShift', () => {
  it('says nothing for a training-like input', () => {
    const s = assessShift(input, estimate(training), 1, 0)!;
    expect(s.unlikeTraining).toBe(false);
    expect(s.notes).toEqual([]);
  });

  it('flags a stain beyond the training range, a zoomed image and an over-magnified one', () => {
    expect(assessShift(input, estimate([rotate(training[0], 0.5), training[1]]), 1, 0)!.notes[0]).toMatch(/^Staining unlike the training images/);
    const zoomed = assessShift(input, estimate(training), 0.2, 4)!;
    expect(zoomed.unlikeTraining).toBe(true);
    expect(zoomed.notes).toEqual(['Lower magnification than the training images: 4 zoomed-in windows were classified and averaged.']);
    expect(assessShift(input, estimate(training), 3, 0)!.notes).toEqual(['Higher magnification than the training images: treat the answer with care.']);
  });

  it('measures the stain against a reference without normalising, and says so', () => {
    const reference = { ...input, stainReference: input.stainNormalisation, stainNormalisation: undefined };
    const s = assessShift(reference, estimate([rotate(training[0], 0.5), training[1]]), 1, 0)!;
    expect(s.notes).toEqual(['Staining unlike the training images: treat the answer with care.']);
  });

  it('is absent for a model that measures neither (imported models)', () => {
    expect(assessShift({ ...input, stainNormalisation: undefined, scale: undefined }, null, null, 0)).toBeUndefined();
  });

  it('cannot judge the stain of an image with too little tissue', () => {
    const s = assessShift(input, null, 1, 0)!;
    expect(s.stainAngle).toBeNull();
    expect(s.unlikeTraining).toBe(false);
  });
});

describe('assessShift: unlike H&E', () => {
  const features = { distance: 10, unlikeAbove: 100 };
  it('flags a stain the check accepts but that lies beyond the family ratio, with the "unlike the H&E images" line', () => {
    const s = assessShift(input, estimate(training), 1, 0, features, { ratio: 0.6, unlikeAbove: 0.38 })!;
    expect(s.unlikeHe).toBe(true);
    expect(s.unlikeTraining).toBe(true);
    expect(s.stainFamilyRatio).toBe(0.6);
    expect(s.notes).toEqual(['Unlike the H&E images the model was trained on (tissue, stain or preparation): treat the answer with care.']);
  });

  it('does not flag a stain within the ratio and features within their threshold', () => {
    const s = assessShift(input, estimate(training), 1, 0, features, { ratio: 0.2, unlikeAbove: 0.38 })!;
    expect([s.unlikeHe, s.unlikeTraining, s.notes]).toEqual([false, false, []]);
  });

  it('flags far features alone, with one line for both signals', () => {
    const s = assessShift(input, estimate(training), 1, 0, { distance: 150, unlikeAbove: 100 }, { ratio: 0.6, unlikeAbove: 0.38 })!;
    expect(s.unlikeHe).toBe(true);
    expect(s.notes).toHaveLength(1);
  });
});
