import { describe, expect, it } from 'vitest';
import { postprocess, softmaxWithTemperature } from './postprocess';

const meta = {
  labels: ['adenocarcinoma', 'benign', 'squamous_cell_carcinoma'],
  displayNames: ['Adenocarcinoma', 'Benign tissue', 'Squamous cell carcinoma'],
  temperature: 2,
  output: 'logits' as const,
};

describe('postprocess', () => {
  it('applies the temperature before the softmax', () => {
    const [a, b] = softmaxWithTemperature([2, 0], 2);
    expect(a).toBeCloseTo(Math.E / (Math.E + 1), 12);
    expect(a + b).toBeCloseTo(1, 12);
  });

  it('is stable for large logits', () => {
    expect(softmaxWithTemperature([1000, 0, -1000], 1)).toEqual([1, 0, 0]);
  });

  it('returns every class in label order and the top class', () => {
    const r = postprocess([0.5, 3, -1], meta);
    expect(r.probabilities.map((p) => p.label)).toEqual(meta.labels);
    expect(r.top).toMatchObject({ label: 'benign', displayName: 'Benign tissue' });
    expect(r.probabilities.reduce((s, p) => s + p.probability, 0)).toBeCloseTo(1, 12);
  });

  it('tempers probability outputs through their logarithms', () => {
    const r = postprocess([0.8, 0.1, 0.1], { ...meta, output: 'probabilities', temperature: 1 });
    expect(r.probabilities[0].probability).toBeCloseTo(0.8, 9);
  });

  it('refuses an output of the wrong length', () => {
    expect(() => postprocess([1, 2], meta)).toThrow(/2 values for 3 labels/);
  });
});
