/**
 * Chooses the confidence-wording thresholds on the validation split and reports, for the
 * validation and the group-held-out test split: accuracy per wording band, and accuracy with
 * and without test-time augmentation (8 dihedral views) — all with the TF.js model.
 *
 *   npx vite-node -c scripts/node.config.ts scripts/trust/choose-wording-thresholds.ts -- [--logits training/cache]
 *
 * Reads `tfjs-logits-{val,test}.json` from scripts/trust/predict-splits.ts when present and
 * condenses them into training/artifacts/tfjs-predictions.json (committed: single-view and
 * 8-view mean logits); without them it works from that committed file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { combineViews } from '../../src/core/combine-views';
import { WORDING_THRESHOLDS } from '../../src/core/confidence-wording';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import { readMetadata } from '../../tests/helpers/node-model';
import { bandReport, chooseThresholds, type Prediction } from './wording-bands';

export const PREDICTIONS_FILE = 'training/artifacts/tfjs-predictions.json';

export interface SplitPredictions {
  labels: number[];
  /** Single-view logits, one triple per image. */
  single: number[][];
  /** Mean logits of the 8 dihedral views. */
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
const preds = (s: SplitPredictions, which: 'single' | 'tta'): Prediction[] =>
  s[which].map((l, i) => ({ probs: softmaxWithTemperature(l, T), label: s.labels[i] }));
const acc = (ps: Prediction[]) => ps.filter((p) => p.probs.indexOf(Math.max(...p.probs)) === p.label).length / ps.length;
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

const chosen = chooseThresholds(preds(data.val, 'single'));
console.log(`temperature ${T.toFixed(4)} (model/metadata.json)`);
console.log(`chosen on validation (single view): likely ≥ ${chosen.likelyFrom.toFixed(2)}, uncertain < ${chosen.uncertainBelow.toFixed(2)}`);
console.log(`committed in src/core/confidence-wording.ts: likely ≥ ${WORDING_THRESHOLDS.likelyFrom}, uncertain < ${WORDING_THRESHOLDS.uncertainBelow}`);
for (const split of ['val', 'test']) {
  for (const which of ['single', 'tta'] as const) {
    const ps = preds(data[split], which);
    console.log(`\n${split} (${which === 'single' ? 'single view' : '8-view TTA'}), n=${ps.length}, accuracy ${pct(acc(ps))}`);
    for (const b of bandReport(ps, WORDING_THRESHOLDS)) {
      console.log(`  ${b.band.padEnd(9)} ${String(b.n).padStart(5)} images (${pct(b.share).padStart(7)})  top class right ${pct(b.accuracy).padStart(7)}  truth among the two named ${pct(b.top2).padStart(7)}`);
    }
  }
}
const gain = acc(preds(data.test, 'tta')) - acc(preds(data.test, 'single'));
console.log(`\nTTA effect on test accuracy: ${pct(acc(preds(data.test, 'single')))} → ${pct(acc(preds(data.test, 'tta')))} (${gain >= 0 ? '+' : ''}${(100 * gain).toFixed(2)} points)`);
