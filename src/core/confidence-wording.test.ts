import { describe, expect, it } from 'vitest';
import { confidenceBand, confidenceWording, WORDING_THRESHOLDS } from './confidence-wording';

const probs = (a: number, b: number, s: number) => [
  { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: a },
  { label: 'benign', displayName: 'Benign tissue', probability: b },
  { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: s },
];

describe('confidenceWording', () => {
  it('says "Likely" at and above the threshold', () => {
    expect(confidenceWording(probs(0.01, WORDING_THRESHOLDS.likelyFrom, 0.05))).toEqual({ band: 'likely', text: 'Likely benign tissue' });
  });

  it('says "Probably" in between', () => {
    const p = (WORDING_THRESHOLDS.likelyFrom + WORDING_THRESHOLDS.uncertainBelow) / 2;
    expect(confidenceWording(probs(p, 0.01, 0.99 - p)).text).toBe('Probably adenocarcinoma');
  });

  it('names the two leading classes when uncertain', () => {
    expect(confidenceWording(probs(0.55, 0.02, 0.43))).toEqual({ band: 'uncertain', text: 'Uncertain: adenocarcinoma or squamous cell carcinoma' });
    expect(confidenceWording(probs(0.3, 0.01, 0.69)).text).toBe('Uncertain: squamous cell carcinoma or adenocarcinoma');
  });

  it('bands are ordered and the thresholds sane', () => {
    expect(WORDING_THRESHOLDS.uncertainBelow).toBeLessThan(WORDING_THRESHOLDS.likelyFrom);
    expect(confidenceBand(0.999)).toBe('likely');
    expect(confidenceBand(0.34)).toBe('uncertain');
    expect(() => confidenceWording([])).toThrow(/no probabilities/);
  });

  it('never says "Likely" for an input unlike the training images, and keeps the other bands', () => {
    expect(confidenceWording(probs(0.01, 0.98, 0.01), undefined, true)).toEqual({ band: 'probably', text: 'Probably benign tissue' });
    expect(confidenceWording(probs(0.55, 0.02, 0.43), undefined, true).band).toBe('uncertain');
  });
});
