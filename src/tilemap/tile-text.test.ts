import { describe, expect, it } from 'vitest';
import { tileText } from './tile-text';

const classes = [
  { label: 'adenocarcinoma', displayName: 'Adenocarcinoma' },
  { label: 'benign', displayName: 'Benign tissue' },
  { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma' },
];
const tile = { index: 4, row: 1, col: 2, x: 448, y: 224, size: 224 };

describe('tileText', () => {
  it('names the place, the class and every probability', () => {
    expect(tileText(tile, { kind: 'classified', top: 2, probabilities: [0.05, 0.02, 0.93], tissueFraction: 1 }, classes))
      .toBe('Row 2, column 3: Squamous cell carcinoma 93 % (Adenocarcinoma 5.0 %, Benign tissue 2.0 %)');
  });
  it('says why a tile has no class', () => {
    expect(tileText(tile, { kind: 'background', tissueFraction: 0.04 }, classes)).toMatch(/background, not classified \(4 % tissue\)/);
    expect(tileText(tile, { kind: 'not-run', reason: 'time-budget' }, classes)).toMatch(/time budget reached/);
  });
});
