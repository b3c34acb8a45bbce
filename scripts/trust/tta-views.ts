// How many test-time-augmentation views are worth their time (issue 18): accuracy and
// log-loss of the bundled model with 1 view, every 2- and 4-view subset of the 8 dihedral
// views, and all 8, from the per-view TF.js logits that predict-splits.ts writes. Subsets are
// chosen on the validation split only; the test split is reported for the chosen subsets and
// the 1- and 8-view baselines, never used to choose. Writes bench/results/tta-views.json and
// the tta-views block of docs/PERFORMANCE.md.
//
//   npx vite-node -c scripts/node.config.ts scripts/trust/tta-views.ts -- --logits training/cache
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { combineViews } from '../../src/core/combine-views';
import { readMetadata, ROOT } from '../../tests/helpers/node-model';
import { writeDocs } from '../docs/blocks';

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { logits: { type: 'string', default: 'training/cache' } } });
const T = readMetadata().temperature;

interface Split { labels: number[]; views: number; logits: number[][] }
const read = (name: string) => JSON.parse(readFileSync(join(values.logits!, `tfjs-logits-${name}.json`), 'utf8')) as Split;
const val = read('val');
const test = read('test');

/** View v of image i: its 3 logits (views in dihedral-views.ts order: flip outer, rotation inner). */
function score(split: Split, views: number[]) {
  let right = 0;
  let nll = 0;
  const wrong: number[] = [];
  for (const [i, all] of split.logits.entries()) {
    const picked = views.flatMap((v) => all.slice(v * 3, v * 3 + 3));
    const { logits } = combineViews(picked, views.length);
    const z = logits.map((l) => l / T);
    const max = Math.max(...z);
    const log = Math.log(z.reduce((a, b) => a + Math.exp(b - max), 0)) + max;
    const y = split.labels[i];
    nll += log - z[y];
    if (logits.indexOf(Math.max(...logits)) === y) right++;
    else wrong.push(i);
  }
  const n = split.logits.length;
  return { views, n, errors: n - right, wrong, accuracy: Math.round((right / n) * 1e4) / 1e4, nll: Math.round((nll / n) * 1e4) / 1e4 };
}

const subsets = (k: number, from = 0): number[][] =>
  k === 0 ? [[]] : Array.from({ length: 8 - from }, (_, j) => from + j).flatMap((v) => subsets(k - 1, v + 1).map((s) => [v, ...s]));
const best = (k: number) => subsets(k).filter((s) => s.includes(0)).map((s) => score(val, s))
  .sort((a, b) => a.errors - b.errors || a.nll - b.nll)[0];
const named = { rotations: [0, 1, 2, 3], 'identity + flip + 180° + 180° flipped': [0, 2, 4, 6] };

const chosen = { two: best(2), four: best(4) };
const rows = [
  { what: '1 view (as shipped)', views: [0] },
  { what: `2 views, best on validation (${chosen.two.views.join(',')})`, views: chosen.two.views },
  { what: `4 views, best on validation (${chosen.four.views.join(',')})`, views: chosen.four.views },
  ...Object.entries(named).map(([what, views]) => ({ what: `4 views: ${what}`, views })),
  { what: '8 views', views: [0, 1, 2, 3, 4, 5, 6, 7] },
].map((r) => ({ ...r, val: score(val, r.views), test: score(test, r.views) }));
/** Paired against 1 view: images this fixes and images it breaks (McNemar's discordant pairs). */
const paired = (a: number[], b: number[]) => ({ fixed: a.filter((i) => !b.includes(i)).length, broken: b.filter((i) => !a.includes(i)).length });
const table = rows.map(({ val: v, test: t, ...r }) => ({
  ...r,
  val: { n: v.n, errors: v.errors, accuracy: v.accuracy, nll: v.nll, vsOneView: paired(rows[0].val.wrong, v.wrong) },
  test: { n: t.n, errors: t.errors, accuracy: t.accuracy, nll: t.nll, vsOneView: paired(rows[0].test.wrong, t.wrong) },
}));
const out = {
  date: new Date().toISOString(),
  method: `bundled model, per-view TF.js WASM logits (scripts/trust/predict-splits.ts); views combined by mean logits (combine-views.ts); log-loss at the model's temperature ${T.toFixed(4)}; 2- and 4-view subsets containing the unrotated view chosen by fewest validation errors, then validation log-loss; test reported, never used to choose`,
  rows: table,
};
writeFileSync(join(ROOT, 'bench/results/tta-views.json'), JSON.stringify(out, null, 2) + '\n');
for (const r of table) console.log(`${r.what.padEnd(50)} val ${r.val.errors}/${r.val.n} errors (${(100 * r.val.accuracy).toFixed(2)} %, fixes ${r.val.vsOneView.fixed} / breaks ${r.val.vsOneView.broken}), nll ${r.val.nll}; test ${r.test.errors}/${r.test.n} (${(100 * r.test.accuracy).toFixed(2)} %), nll ${r.test.nll}`);

writeDocs(ROOT);
