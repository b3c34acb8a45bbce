import { describe, expect, it } from 'vitest';
import { symmetricEigen3 } from './symmetric-eigen3';

describe('symmetricEigen3', () => {
  it('finds eigenpairs with A v = λ v, largest first, orthonormal', () => {
    const m = [4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 1];
    const { values, vectors } = symmetricEigen3(m);
    expect(values[0]).toBeGreaterThanOrEqual(values[1]);
    expect(values[1]).toBeGreaterThanOrEqual(values[2]);
    for (let k = 0; k < 3; k++) {
      const v = vectors[k];
      for (let r = 0; r < 3; r++) {
        const av = m[r * 3] * v[0] + m[r * 3 + 1] * v[1] + m[r * 3 + 2] * v[2];
        expect(av).toBeCloseTo(values[k] * v[r], 10);
      }
      expect(Math.hypot(...v)).toBeCloseTo(1, 12);
    }
    const dot = vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1] + vectors[0][2] * vectors[1][2];
    expect(dot).toBeCloseTo(0, 12);
    expect(values[0] + values[1] + values[2]).toBeCloseTo(8, 10);
  });

  it('returns a diagonal matrix’s axes', () => {
    const { values, vectors } = symmetricEigen3([1, 0, 0, 0, 5, 0, 0, 0, 2]);
    expect(values).toEqual([5, 2, 1]);
    expect(vectors[0].map(Math.abs)).toEqual([0, 1, 0]);
  });
});
