import { describe, expect, it } from 'vitest';
import { partOf } from './module-sizes';
import { bundleBlock, quantile, type BundleResult, type WakeResult } from './report';

const sizes = (chunk: number, webgpu: number, parts: Record<string, number>) => ({
  inferenceChunk: { fileName: 'assets/x.js', bytes: chunk, gzipBytes: chunk / 4, parts },
  webgpuChunkBytes: webgpu,
  allJsBytes: chunk + webgpu + 100_000,
});
const result = (label: string, commit: string, chunk: number, webgpu: number, parts: Record<string, number>): BundleResult => ({
  label, commit, measuredAt: '2026-11-30', targets: { chrome: sizes(chunk + 5_000, webgpu, parts), firefox: sizes(chunk, webgpu, parts) },
});

describe('bundle-size report', () => {
  it('groups modules by npm package or by src/ folder', () => {
    expect(partOf('/r/node_modules/@tensorflow/tfjs-core/dist/ops/add.js')).toBe('@tensorflow/tfjs-core');
    expect(partOf('/r/node_modules/.pnpm/x/node_modules/long/src/long.js')).toBe('long');
    expect(partOf('C:\\r\\src\\core\\classifier.ts')).toBe('src/core');
    expect(partOf('\0vite/modulepreload-polyfill.js')).toBe('other');
  });

  it('interpolates quantiles like the usual definition', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30], 0.25)).toBe(15);
  });

  it('writes before/after bytes, the change, and parts that disappeared', () => {
    const before = result('before', 'aaa1111', 1_500_000, 0, { '@tensorflow/tfjs-core': 1_300_000, '@tensorflow/tfjs-backend-webgl': 800_000 });
    const after = result('after', 'bbb2222', 750_000, 280_000, { '@tensorflow/tfjs-core': 1_300_000 });
    const text = bundleBlock(before, after);
    expect(text).toContain('| Firefox: TF.js chunk the event page imports on first use | 1,500 kB | 750 kB | −750 kB (−50 %) |');
    expect(text).toContain('| — (in the chunk above) | 280 kB | new |');
    expect(text).toContain('| `@tensorflow/tfjs-backend-webgl` | 800 kB | — |');
    expect(text).toContain('not measured yet');
  });

  it('summarises wake-to-answer times per build with median and spread', () => {
    const same = result('x', 'c', 1, 0, {});
    const wake: WakeResult = {
      measuredAt: '2026-11-30', machine: '2 cores', browser: 'Firefox 153', cycles: 4,
      builds: [{ label: 'before', commit: 'aaa1111', ms: [400, 100, 300, 200] }],
    };
    expect(bundleBlock(same, same, wake)).toContain('| before (aaa1111) | **250 ms** | 100 ms | 175 ms–325 ms | 400 ms |');
  });
});
