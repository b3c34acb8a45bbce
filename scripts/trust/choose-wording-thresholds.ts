// Chooses the confidence-wording thresholds on the validation split and reports, for the
// validation and the group-held-out test split: accuracy per wording band, and accuracy with
// and without test-time augmentation (8 dihedral views) — all with the TF.js model.
//
//   npx vite-node -c scripts/node.config.ts scripts/trust/choose-wording-thresholds.ts -- [--logits training/cache]
//
// Reads `tfjs-logits-{val,test}.json` from scripts/trust/predict-splits.ts when present and
// condenses them into training/artifacts/tfjs-predictions.json (committed: single-view and
// 8-view mean logits); without them it works from that committed file. Writes
// training/artifacts/wording-bands.json, the one source of the figures the docs and the model
// card page quote (tests/node/wording-numbers.test.ts checks them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { combineViews } from '../../src/core/combine-views';
import { WORDING_THRESHOLDS } from '../../src/core/confidence-wording';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import { readMetadata } from '../../tests/helpers/node-model';
import { summariseWording } from './wording-bands';
import { writeDocs } from '../docs/blocks';

export const PREDICTIONS_FILE = 'training/artifacts/tfjs-predictions.json';
/** What docs and the model card quote: thresholds, band sizes and accuracies, TTA effect. */
export const SUMMARY_FILE = 'training/artifacts/wording-bands.json';

export interface SplitPredictions {
  labels: number[];
  single: number[][];
  tta: number[][];
}

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { logits: { type: 'string', default: 'training/cache' } } });
const round = (v: number) => Math.round(v * 1e4) / 1e4;

function condense(file: string): SplitPredictions {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { labels: number[]; views: number; logits: number[][] };
  return {
    labels: raw.labels,
    single: raw.logits.map((l) => l.slice(0, 3).map(round)),
    tta: raw.logits.map((l) => combineViews(l, raw.views).logits.map(round)),
  };
}

const fresh = ['val', 'test'].every((s) => existsSync(join(values.logits!, `tfjs-logits-${s}.json`)));
const data: Record<string, SplitPredictions> = fresh
  ? Object.fromEntries(['val', 'test'].map((s) => [s, condense(join(values.logits!, `tfjs-logits-${s}.json`))]))
  : JSON.parse(readFileSync(PREDICTIONS_FILE, 'utf8'));
if (fresh) writeFileSync(PREDICTIONS_FILE, JSON.stringify(data) + '\n');

const T = readMetadata().temperature;
const summary = summariseWording(data, T, softmaxWithTemperature);
writeFileSync(SUMMARY_FILE, JSON.stringify(summary, null, 2) + '\n');
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

console.log(`temperature ${T.toFixed(4)} (model/metadata.json)`);
for (const view of ['single', 'tta'] as const) {
  console.log(`chosen on validation (${view}): likely ≥ ${summary.thresholds[view].likelyFrom.toFixed(2)}; committed in src/core/confidence-wording.ts: ${WORDING_THRESHOLDS[view].likelyFrom}`);
}
for (const split of ['val', 'test'] as const) {
  for (const view of ['single', 'tta'] as const) {
    const s = summary[split][view];
    console.log(`\n${split} (${view === 'single' ? 'single view' : '8-view TTA'}), accuracy ${pct(s.accuracy)}`);
    for (const b of s.bands) {
      console.log(`  ${b.band.padEnd(9)} ${String(b.n).padStart(5)} images (${pct(b.share).padStart(7)})  top class right ${pct(b.accuracy).padStart(7)}  truth among the two named ${pct(b.top2).padStart(7)}`);
    }
  }
}
const gain = summary.test.tta.accuracy - summary.test.single.accuracy;
console.log(`\nTTA effect on test accuracy: ${pct(summary.test.single.accuracy)} → ${pct(summary.test.tta.accuracy)} (${gain >= 0 ? '+' : ''}${(100 * gain).toFixed(2)} points)`);
writeDocs(process.cwd());
