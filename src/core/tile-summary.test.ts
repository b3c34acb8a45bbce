import { describe, expect, it } from 'vitest';
import { argmax, summariseTiles, type TileOutcome } from './tile-summary';

const labels = ['adenocarcinoma', 'benign', 'squamous_cell_carcinoma'];
const tile = (top: number, p = 0.9): TileOutcome => {
  const probabilities = [0.05, 0.05, 0.05];
  probabilities[top] = p;
  return { kind: 'classified', top, probabilities, tissueFraction: 1 };
};

describe('summariseTiles', () => {
  it('shares count tissue tiles only, never background or unrun tiles', () => {
    const s = summariseTiles(
      [tile(0), tile(0, 0.7), tile(2), { kind: 'background', tissueFraction: 0.1 }, { kind: 'not-run', reason: 'cancelled' }, { kind: 'pending' }],
      labels,
    );
    expect(s).toMatchObject({ total: 6, tissue: 3, background: 1, notRun: 1, pending: 1, failed: 0 });
    expect(s.classes.map((c) => c.tiles)).toEqual([2, 0, 1]);
    expect(s.classes[0].share).toBeCloseTo(2 / 3);
    expect(s.classes[0].meanProbability).toBeCloseTo(0.8);
    expect(s.classes[1]).toMatchObject({ share: 0, meanProbability: 0 });
  });
  it('has zero shares when no tile holds tissue', () => {
    const s = summariseTiles([{ kind: 'background', tissueFraction: 0 }], labels);
    expect(s.classes.every((c) => c.share === 0)).toBe(true);
  });
});

describe('argmax', () => {
  it('picks the first of equal maxima', () => {
    expect(argmax([0.2, 0.5, 0.5])).toBe(1);
  });
});
