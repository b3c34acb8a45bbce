import { describe, expect, it } from 'vitest';
import { confidenceBand, confidenceWording, thresholdsFor, WORDING_THRESHOLDS } from './confidence-wording';

const probs = (a: number, b: number, s: number) => [
  { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: a },
  { label: 'benign', displayName: 'Benign tissue', probability: b },
  { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: s },
];
const { single, tta } = WORDING_THRESHOLDS;

describe('confidenceWording', () => {
  it('says "Likely" at and above the threshold, "Uncertain" just below it: no middle band', () => {
    expect(confidenceWording(probs(0.01, single.likelyFrom, 0.05))).toEqual({ band: 'likely', first: 'benign tissue', text: 'Likely benign tissue' });
    const below = single.likelyFrom - 0.005;
    expect(confidenceWording(probs(below, 0.01, 0.99 - below))).toEqual({ band: 'uncertain', first: 'adenocarcinoma', second: 'squamous cell carcinoma', text: 'Uncertain: adenocarcinoma or squamous cell carcinoma' });
  });

  it('names the two leading classes when uncertain', () => {
    expect(confidenceWording(probs(0.55, 0.02, 0.43))).toEqual({ band: 'uncertain', first: 'adenocarcinoma', second: 'squamous cell carcinoma', text: 'Uncertain: adenocarcinoma or squamous cell carcinoma' });
    expect(confidenceWording(probs(0.3, 0.01, 0.69)).text).toBe('Uncertain: squamous cell carcinoma or adenocarcinoma');
  });

  it('uses the TTA threshold for 8-view results only (not for zoomed-in windows)', () => {
    const p = (single.likelyFrom + tta.likelyFrom) / 2;
    expect(tta.likelyFrom).not.toBe(single.likelyFrom);
    const viewsResult = { agreement: { views: 8, agreeing: 8 } };
    const windowsResult = { agreement: { views: 4, agreeing: 4, of: 'windows' as const } };
    const band = (t: typeof single) => confidenceWording(probs(p, 0.01, 0.99 - p), t).band;
    expect(band(thresholdsFor(viewsResult))).toBe(p >= tta.likelyFrom ? 'likely' : 'uncertain');
    expect(band(thresholdsFor(windowsResult))).toBe(p >= single.likelyFrom ? 'likely' : 'uncertain');
    expect(band(thresholdsFor({}))).toBe(band(thresholdsFor(windowsResult)));
    expect(band(thresholdsFor(viewsResult))).not.toBe(band(thresholdsFor({})));
  });

  it('bands are sane', () => {
    expect(confidenceBand(0.999)).toBe('likely');
    expect(confidenceBand(0.34)).toBe('uncertain');
    expect(() => confidenceWording([])).toThrow(/no probabilities/);
  });

  it('never says "Likely" for an input unlike the training images: "Probably" instead', () => {
    expect(confidenceWording(probs(0.01, 0.98, 0.01), undefined, true)).toEqual({ band: 'probably', first: 'benign tissue', text: 'Probably benign tissue' });
    expect(confidenceWording(probs(0.55, 0.02, 0.43), undefined, true).band).toBe('uncertain');
  });
});
