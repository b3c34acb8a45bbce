import { expect, it } from 'vitest';
import { percentile, summarize } from './stats';

it('interpolates percentiles between ranks', () => {
  expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
  expect(percentile([0, 10], 0.1)).toBeCloseTo(1);
});

it('summarizes unsorted samples', () => {
  expect(summarize([5, 1, 3])).toMatchObject({ n: 3, median: 3, min: 1, max: 5, mean: 3 });
});
