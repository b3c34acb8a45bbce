import { describe, expect, it } from 'vitest';
import { rankCorrelation } from './rank-correlation';

describe('rankCorrelation', () => {
  it('is 1 for the same order, -1 for the reverse, whatever the scale', () => {
    expect(rankCorrelation([1, 2, 3, 4], [10, 20, 30, 400])).toBeCloseTo(1, 12);
    expect(rankCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });
  it('gives ties their average rank (scipy.stats.spearmanr gives -0.0556 for this pair)', () => {
    expect(rankCorrelation([0, 0, 1, 2], [1, 0, 2, 0])).toBeCloseTo(-0.0555555556, 8);
  });
  it('is 0 against a constant list', () => {
    expect(rankCorrelation([1, 2, 3], [5, 5, 5])).toBe(0);
  });
});
