// The committed wording thresholds are exactly what the rule picks on the validation split
// (TF.js model predictions in training/artifacts/tfjs-predictions.json), for single-view and
// for 8-view TTA results, and they still mean what the words say on the held-out test split.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORDING_THRESHOLDS } from '../../src/core/confidence-wording';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import { readMetadata } from '../../tests/helpers/node-model';
import { bandReport, chooseThresholds, LIKELY_ACCURACY, type Prediction } from './wording-bands';

const data = JSON.parse(readFileSync('training/artifacts/tfjs-predictions.json', 'utf8')) as Record<'val' | 'test', { labels: number[]; single: number[][]; tta: number[][] }>;
const T = readMetadata().temperature;
const preds = (s: 'val' | 'test', view: 'single' | 'tta'): Prediction[] =>
  data[s][view].map((l, i) => ({ probs: softmaxWithTemperature(l, T), label: data[s].labels[i] }));

describe.each(['single', 'tta'] as const)('confidence wording thresholds (%s)', (view) => {
  it('are the ones chosen on validation', () => {
    expect(preds('val', view)).toHaveLength(2448);
    expect(chooseThresholds(preds('val', view))).toEqual({ ...WORDING_THRESHOLDS[view] });
  });

  it('"Likely" is right ≥ 97 % on validation and ≥ 95 % on test; "Uncertain" is far less reliable and names the truth', () => {
    const [likelyVal, uncertainVal] = bandReport(preds('val', view), WORDING_THRESHOLDS[view]);
    expect(likelyVal.accuracy).toBeGreaterThanOrEqual(LIKELY_ACCURACY);
    expect(uncertainVal.accuracy).toBeLessThan(likelyVal.accuracy - 0.2);
    const [likely, uncertain] = bandReport(preds('test', view), WORDING_THRESHOLDS[view]);
    expect(preds('test', view)).toHaveLength(1605);
    expect(likely.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(Math.min(likely.n, uncertain.n)).toBeGreaterThanOrEqual(50);
    expect(uncertain.accuracy).toBeLessThan(likely.accuracy - 0.2);
    expect(uncertain.top2).toBeGreaterThanOrEqual(0.99);
  });
});
