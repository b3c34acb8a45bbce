import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelMetadata } from './model-metadata';
import { modelMetrics } from './model-metrics';

const shipped = JSON.parse(readFileSync(new URL('../../model/metadata.json', import.meta.url), 'utf8')) as ModelMetadata;

describe('modelMetrics', () => {
  it('reads the shipped model card numbers from metadata.json', () => {
    const raw = (shipped.training as { metrics: { test: { accuracy: number }; shift_check?: unknown } }).metrics;
    const m = modelMetrics(shipped);
    expect(m.test?.accuracy).toBe(raw.test.accuracy);
    expect(m.shift_check === undefined).toBe(raw.shift_check === undefined);
  });

  it('leaves out a split that does not match its schema, keeps the others', () => {
    const m = modelMetrics({ ...shipped, training: { metrics: { test: { accuracy: '97 %', n: 3 }, val: { accuracy: 0.9, macro_f1: 0.9, n: 10 } } } });
    expect(m.test).toBeUndefined();
    expect(m.val?.n).toBe(10);
    expect(modelMetrics({ ...shipped, training: undefined })).toEqual({});
  });
});
