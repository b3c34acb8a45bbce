/**
 * docs/PERFORMANCE.md explains why TTA stays off with the fixes and breaks of the views it
 * measured; the table is generated from bench/results/tta-views.json, and this holds the
 * decision's prose to the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const doc = readFileSync(join(ROOT, 'docs/PERFORMANCE.md'), 'utf8').replace(/\s+/g, ' ');
type Row = { views: number[]; what: string; val: { n: number; vsOneView: { fixed: number; broken: number } } };
const rows = (JSON.parse(readFileSync(join(ROOT, 'bench/results/tta-views.json'), 'utf8')) as { rows: Row[] }).rows;
const best = (count: number) => rows.find((r) => r.views.length === count && r.what.includes('best on validation'))!;

it('the TTA decision quotes the fixes and breaks of bench/results/tta-views.json', () => {
  const eight = rows.find((r) => r.views.length === 8)!;
  expect(doc).toContain(`8 views fix ${eight.val.vsOneView.fixed} images and break ${eight.val.vsOneView.broken} of ${eight.val.n.toLocaleString('en')}`);
  const [two, four] = [best(2), best(4)];
  expect(doc).toContain(`(2 views: ${two.val.vsOneView.fixed} / ${two.val.vsOneView.broken}, 4 views: ${four.val.vsOneView.fixed} / ${four.val.vsOneView.broken})`);
});

it('and the McNemar p it quotes is the exact two-sided test of those counts', () => {
  const { fixed, broken } = rows.find((r) => r.views.length === 8)!.val.vsOneView;
  const n = fixed + broken;
  const choose = (k: number) => { let c = 1; for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i; return c; };
  let tail = 0;
  for (let k = 0; k <= Math.min(fixed, broken); k++) tail += choose(k) / 2 ** n;
  expect(doc).toContain(`(McNemar p ≈ ${Math.min(1, 2 * tail).toFixed(1)} even when every image is counted as independent`);
});
