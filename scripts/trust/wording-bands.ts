/**
 * Choosing the confidence-wording thresholds from labelled, calibrated predictions, and
 * measuring each band's accuracy. Pure, so the committed thresholds are re-derived in a test.
 */
import { confidenceBand, type ConfidenceBand, type WordingThresholds } from '../../src/core/confidence-wording';

export interface Prediction {
  /** Calibrated probabilities, label order. */
  probs: number[];
  label: number;
}

/** Target accuracy for "Likely", and the accuracy at or below which we say "Uncertain". */
export const LIKELY_ACCURACY = 0.97;
export const UNCERTAIN_ACCURACY = 0.7;
const GRID = Array.from({ length: 50 }, (_, i) => 0.5 + i / 100); // 0.50 … 0.99

const top = (p: Prediction) => Math.max(...p.probs);
const right = (p: Prediction) => p.probs.indexOf(top(p)) === p.label;
const accuracy = (ps: Prediction[]) => (ps.length ? ps.filter(right).length / ps.length : NaN);

export function chooseThresholds(preds: Prediction[]): WordingThresholds {
  // Lowest threshold whose band "top ≥ t" is right at least LIKELY_ACCURACY of the time.
  const likelyFrom = GRID.find((t) => accuracy(preds.filter((p) => top(p) >= t)) >= LIKELY_ACCURACY) ?? 0.99;
  // Highest threshold (below likelyFrom) whose band "top < t" is right at most UNCERTAIN_ACCURACY.
  const below = GRID.filter((t) => t < likelyFrom && accuracy(preds.filter((p) => top(p) < t)) <= UNCERTAIN_ACCURACY);
  const uncertainBelow = below.length ? below[below.length - 1] : 0.5;
  return { likelyFrom, uncertainBelow };
}

export interface BandReport {
  band: ConfidenceBand;
  n: number;
  share: number;
  accuracy: number;
  /** Share where the truth is one of the two named classes ("X or Y"). */
  top2: number;
}

export function bandReport(preds: Prediction[], t: WordingThresholds): BandReport[] {
  return (['likely', 'probably', 'uncertain'] as const).map((band) => {
    const ps = preds.filter((p) => confidenceBand(top(p), t) === band);
    const inTop2 = ps.filter((p) => [...p.probs].map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).slice(0, 2).some(([, i]) => i === p.label));
    return { band, n: ps.length, share: ps.length / preds.length, accuracy: accuracy(ps), top2: ps.length ? inTop2.length / ps.length : NaN };
  });
}
