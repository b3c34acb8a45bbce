import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../tests/helpers/node-model';
import { featureDistance, medianFeatureDistance, type FeatureScore } from './feature-score';

const score = readMetadata().inputCheck!.featureScore!;
const decode = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};
const mean = decode(score.mean);
const components = decode(score.components);
const variances = decode(score.variances);
const n = score.dimensions;
const k = variances.length;

const along = (dir: ArrayLike<number>, t: number) => Float32Array.from(mean, (m, i) => m + t * dir[i]);

describe('featureDistance (probabilistic-PCA Mahalanobis, shipped parameters)', () => {
  it('is 0 at the training mean', () => {
    expect(featureDistance(mean, score)).toBeCloseTo(0, 6);
  });

  it('weighs a step along a principal direction by its variance', () => {
    for (const c of [0, 1, k - 1]) {
      const dir = components.subarray(c * n, (c + 1) * n);
      expect(featureDistance(along(dir, 2), score) / (4 / variances[c])).toBeCloseTo(1, 3);
    }
  });

  it('weighs a step outside the principal directions by the rest variance', () => {
    // Any vector with its projections on the k components removed (Gram–Schmidt on e_0).
    const v = Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
    for (let c = 0; c < k; c++) {
      let p = 0;
      for (let i = 0; i < n; i++) p += v[i] * components[c * n + i];
      for (let i = 0; i < n; i++) v[i] -= p * components[c * n + i];
    }
    const norm = Math.hypot(...v);
    const dir = Array.from(v, (x) => x / norm);
    expect(featureDistance(along(dir, 3), score) / (9 / score.restVariance)).toBeCloseTo(1, 2);
  });

  it('reads a row at an offset and takes the median over rows', () => {
    const rows = new Float32Array(3 * n);
    rows.set(mean, 0);
    rows.set(along(components.subarray(0, n), 1), n);
    rows.set(along(components.subarray(0, n), 10), 2 * n);
    expect(featureDistance(rows, score, n)).toBeCloseTo(1 / variances[0], 3);
    expect(medianFeatureDistance(rows, 3, score)).toBeCloseTo(1 / variances[0], 3);
  });

  it('refuses parameters whose arrays do not match their dimensions', () => {
    const broken: FeatureScore = { ...score, dimensions: n + 1 };
    expect(() => featureDistance(new Float32Array(n + 1), broken)).toThrow(/dimensions/);
  });
});
