/**
 * The negative set is split by source, and the committed input-check results were measured on
 * this set: a held-out number is only held out if no source has images on both sides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_CHECK_RESULTS } from '../../src/core/input-check-numbers';
import { ROOT } from '../helpers/node-model';

const dir = join(ROOT, 'tests/fixtures/negatives');
const images = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { images: { file: string; category: string; source: string; part: string }[] }).images;

describe('negative set', () => {
  it('puts every source in exactly one half', () => {
    const parts = new Map<string, Set<string>>();
    for (const m of images) parts.set(m.source, (parts.get(m.source) ?? new Set()).add(m.part));
    expect([...parts].filter(([, p]) => p.size > 1).map(([s]) => s)).toEqual([]);
    expect(new Set(images.map((m) => m.part))).toEqual(new Set(['tune', 'held-out']));
  });

  it('lists only files that exist, once each', () => {
    expect(images.filter((m) => !existsSync(join(dir, m.file)))).toEqual([]);
    expect(new Set(images.map((m) => m.file)).size).toBe(images.length);
  });

  it('holds out every kind the issue names: other stains, light IHC, smears, fluorescence, noise', () => {
    const heldOut = new Set(images.filter((m) => m.part === 'held-out').map((m) => m.category));
    for (const kind of ['other-stain', 'ihc', 'smear', 'fluorescence', 'noise', 'photo', 'chart', 'greyscale', 'blank']) expect(heldOut).toContain(kind);
  });

  it('is the set the committed results were measured on (same kinds and counts per half)', () => {
    for (const part of ['tune', 'held-out'] as const) {
      const counts: Record<string, number> = {};
      for (const m of images.filter((x) => x.part === part)) counts[m.category] = (counts[m.category] ?? 0) + 1;
      const measured = Object.fromEntries(Object.entries(INPUT_CHECK_RESULTS.negatives[part]).map(([k, r]) => [k, r.n]));
      expect(measured).toEqual(counts);
    }
  });
});
