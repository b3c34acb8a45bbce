import { describe, expect, it } from 'vitest';
import { combineViews } from './combine-views';

describe('combineViews', () => {
  it('averages logits and counts the views whose top class is the combined one', () => {
    const { logits, agreement } = combineViews([2, 0, 0, 3, 0, 0, 0, 1, 0, 1, 0, 0], 4);
    expect(logits).toEqual([1.5, 0.25, 0]);
    expect(agreement).toEqual({ views: 4, agreeing: 3 });
  });

  it('refuses outputs that do not split evenly', () => {
    expect(() => combineViews([1, 2, 3, 4], 3)).toThrow(/cannot be split into 3 views/);
  });
});
