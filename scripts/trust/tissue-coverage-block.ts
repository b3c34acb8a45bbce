// docs/INPUT_CHECK.md's "too little tissue" figures: the rule on tissue pixels (before) and on
// tissue coverage (after), from training/artifacts/tissue-coverage.json
// (scripts/trust/measure-tissue-coverage.ts). Written by `npm run docs`;
// tests/node/docs-blocks.test.ts fails when the block drifts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckStrictness } from '../../src/core/input-check';
import { share } from '../../src/core/input-check-numbers';

type Counts = Record<CheckStrictness, number>;
interface Rate { n: number; before: Counts; after: Counts; littleBefore: Counts; littleAfter: Counts; accepted?: string[] }
interface Results {
  lc25000: Record<'all' | 'benignAirSpaces' | 'benignAlveolar', Rate>;
  references: Record<'windows224' | 'windows448' | 'alveolar224', Rate>;
  negatives: Record<'tune' | 'held-out', Record<string, Rate>>;
  speed: { tile224Ms: number; slide1000Ms: number };
  node: string;
}

export const TISSUE_COVERAGE_RESULTS = 'training/artifacts/tissue-coverage.json';
const LEVELS: CheckStrictness[] = ['lenient', 'standard', 'strict'];
const arrow = (r: Rate, before: Counts, after: Counts, l: CheckStrictness) => `${share(before[l], r.n)} → ${share(after[l], r.n)}`;

export function tissueCoverageResults(root: string): string {
  const r = JSON.parse(readFileSync(join(root, TISSUE_COVERAGE_RESULTS), 'utf8')) as Results;
  const real: [string, Rate][] = [
    ['LC25000 lung, every image as it is', r.lc25000.all],
    ['LC25000 benign, air spaces painted over 30–60 % (as `air_spaces` in training)', r.lc25000.benignAirSpaces],
    ['LC25000 benign as alveolar parenchyma: its tissue as septa, 75–95 % air', r.lc25000.benignAlveolar],
    ["other laboratories' slides, every 224-px window (half-window steps)", r.references.windows224],
    ["other laboratories' slides, every 448-px window", r.references.windows448],
    ["other laboratories' 224-px windows as alveolar parenchyma", r.references.alveolar224],
  ];
  const kinds = [...new Set([...Object.keys(r.negatives['held-out']), ...Object.keys(r.negatives.tune)])].sort();
  const negative = (part: 'tune' | 'held-out', k: string) => {
    const rate = r.negatives[part][k];
    return rate ? arrow(rate, rate.before, rate.after, 'standard') : '—';
  };
  return [
    '| real H&E: refused as "too little tissue", before → after | lenient | **standard** | strict |',
    '|---|---|---|---|',
    ...real.map(([label, rate]) => `| ${label} | ${LEVELS.map((l) => arrow(rate, rate.littleBefore, rate.littleAfter, l)).join(' | ')} |`),
    '',
    '| real H&E: refused for any reason, before → after | lenient | **standard** | strict |',
    '|---|---|---|---|',
    ...real.map(([label, rate]) => `| ${label} | ${LEVELS.map((l) => arrow(rate, rate.before, rate.after, l)).join(' | ')} |`),
    '',
    '| kind of non-H&E image: refused at standard, before → after | held-out half | tune half |',
    '|---|---|---|',
    ...kinds.map((k) => `| ${k} | ${negative('held-out', k)} | ${negative('tune', k)} |`),
    '',
    `tissueCoverage takes ${r.speed.tile224Ms.toFixed(2)} ms on a 224-px tile and ${r.speed.slide1000Ms.toFixed(2)} ms on a 1000-px slide (median of 200 runs, Node ${r.node}).`,
  ].join('\n');
}
