// Choosing the confidence-wording threshold from labelled, calibrated predictions, and
// measuring each band's accuracy. Pure, so the committed thresholds are re-derived in a test.
import { confidenceBand, type WordingThresholds } from '../../src/core/confidence-wording';

export interface Prediction {
  probs: number[];
  label: number;
}

export const LIKELY_ACCURACY = 0.97;
const GRID = Array.from({ length: 50 }, (_, i) => 0.5 + i / 100); // 0.50 … 0.99

const top = (p: Prediction) => Math.max(...p.probs);
const right = (p: Prediction) => p.probs.indexOf(top(p)) === p.label;
const accuracy = (ps: Prediction[]) => (ps.length ? ps.filter(right).length / ps.length : NaN);

export function chooseThresholds(preds: Prediction[]): WordingThresholds {
  // Lowest threshold whose band "top ≥ t" is right at least LIKELY_ACCURACY of the time.
  return { likelyFrom: GRID.find((t) => accuracy(preds.filter((p) => top(p) >= t)) >= LIKELY_ACCURACY) ?? 0.99 };
}

export interface BandReport {
  band: 'likely' | 'uncertain';
  n: number;
  share: number;
  accuracy: number;
  top2: number;
}

export function bandReport(preds: Prediction[], t: WordingThresholds): BandReport[] {
  return (['likely', 'uncertain'] as const).map((band) => {
    const ps = preds.filter((p) => confidenceBand(top(p), t) === band);
    const inTop2 = ps.filter((p) => [...p.probs].map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).slice(0, 2).some(([, i]) => i === p.label));
    return { band, n: ps.length, share: ps.length / preds.length, accuracy: accuracy(ps), top2: ps.length ? inTop2.length / ps.length : NaN };
  });
}

/** The committed predictions (training/artifacts/tfjs-predictions.json): logits per split. */
export interface SplitLogits {
  labels: number[];
  single: number[][];
  tta: number[][];
}

export interface ViewSummary {
  accuracy: number;
  bands: BandReport[];
}

/**
 * Everything the docs and the model card page quote about the wording and TTA, from one
 * source: written to training/artifacts/wording-bands.json by choose-wording-thresholds.ts,
 * and re-derived from the predictions in a test.
 */
export interface WordingSummary {
  temperature: number;
  thresholds: { single: WordingThresholds; tta: WordingThresholds };
  val: { single: ViewSummary; tta: ViewSummary };
  test: { single: ViewSummary; tta: ViewSummary };
}

const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

export function summariseWording(data: Record<'val' | 'test', SplitLogits>, temperature: number, softmax: (l: number[], t: number) => number[]): WordingSummary {
  const preds = (s: SplitLogits, view: 'single' | 'tta'): Prediction[] => s[view].map((l, i) => ({ probs: softmax(l, temperature), label: s.labels[i] }));
  const thresholds = { single: chooseThresholds(preds(data.val, 'single')), tta: chooseThresholds(preds(data.val, 'tta')) };
  const view = (s: SplitLogits, v: 'single' | 'tta'): ViewSummary => {
    const ps = preds(s, v);
    return { accuracy: r4(accuracy(ps)), bands: bandReport(ps, thresholds[v]).map((b) => ({ ...b, share: r4(b.share), accuracy: r4(b.accuracy), top2: r4(b.top2) })) };
  };
  return {
    temperature: r4(temperature),
    thresholds,
    val: { single: view(data.val, 'single'), tta: view(data.val, 'tta') },
    test: { single: view(data.test, 'single'), tta: view(data.test, 'tta') },
  };
}
