/**
 * The tile-map and cold-start blocks of docs/PERFORMANCE.md are written by `npm run docs:tiles`
 * and `npm run docs:cold` from the A/B result files; this fails when a result file changed and
 * the page was not rewritten (or the page was edited by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const results = join(ROOT, 'bench/results');
const doc = readFileSync(join(ROOT, 'docs/PERFORMANCE.md'), 'utf8');
const block = (name: string) => doc.slice(doc.indexOf(`<!-- ${name}:start -->`), doc.indexOf(`<!-- ${name}:end -->`));

describe('docs/PERFORMANCE.md tile-map block', () => {
  const tileBlock = block('tile-map');
  it('holds every line of every tile-map run file', () => {
    const files = readdirSync(results).filter((f) => /^tile-map-(e2e(-[\w-]+)?|1000)\.txt$/.test(f));
    expect(files).toContain('tile-map-1000.txt');
    for (const f of files) {
      for (const line of readFileSync(join(results, f), 'utf8').trim().split('\n')) expect(tileBlock, f).toContain(line);
    }
  });
  it('quotes the median of the 1,000-tile maps', () => {
    const seconds = [...readFileSync(join(results, 'tile-map-1000.txt'), 'utf8').matchAll(/tile map 1024: ([\d.]+) s/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(seconds.length % 2).toBe(1);
    expect(tileBlock).toContain(`median **${seconds[(seconds.length - 1) / 2]} s**`);
  });
});

describe('docs/PERFORMANCE.md cold-start block', () => {
  type Summary = { median: number; p10: number; p90: number; n: number };
  it('states each A/B run’s click-to-card medians', () => {
    const coldBlock = block('cold-start');
    const files = readdirSync(results).filter((f) => /^cold-click-ab(-[\w-]+)?\.json$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = JSON.parse(readFileSync(join(results, f), 'utf8')) as { before: { clickToCard: Summary }; after: { clickToCard: Summary } };
      const { before: b, after: a } = { before: r.before.clickToCard, after: r.after.clickToCard };
      expect(coldBlock, f).toContain(`(../bench/results/${f})`);
      expect(coldBlock, f).toContain(`| **${b.median}** (${b.p10}–${b.p90}) | **${a.median}** (${a.p10}–${a.p90}) |`);
    }
  });
});
