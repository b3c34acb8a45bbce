/**
 * Words for how sure the model is, from its calibrated probabilities. The thresholds were
 * chosen on the validation split by scripts/trust/choose-wording-thresholds.ts (which also
 * prints each band's accuracy on validation and test; model/MODEL_CARD.md lists them):
 *  - "Likely X": the top probability is at least LIKELY_FROM; on validation at least 97 % of
 *    such answers were right.
 *  - "Uncertain: X or Y": the top probability is below UNCERTAIN_BELOW; there the top class
 *    was right no more often than ~70 % on validation, so the two leading classes are named.
 *  - in between, "Probably X".
 * An input unlike the training images (other stain or magnification, input-shift.ts) is never
 * "Likely": its probabilities were fitted on made-up shifts, not on the user's laboratory.
 */
import type { ClassProbability } from './types';

export interface WordingThresholds {
  likelyFrom: number;
  uncertainBelow: number;
}

/** Chosen on validation (single view, temperature-calibrated); see the script above. */
export const WORDING_THRESHOLDS: Readonly<WordingThresholds> = Object.freeze({ likelyFrom: 0.76, uncertainBelow: 0.75 });

export type ConfidenceBand = 'likely' | 'probably' | 'uncertain';

export interface ConfidenceWording {
  band: ConfidenceBand;
  /** "Likely adenocarcinoma", "Probably benign tissue", "Uncertain: adenocarcinoma or squamous cell carcinoma". */
  text: string;
}

export function confidenceBand(top: number, t: WordingThresholds = WORDING_THRESHOLDS): ConfidenceBand {
  return top >= t.likelyFrom ? 'likely' : top < t.uncertainBelow ? 'uncertain' : 'probably';
}

/** Class names in running text: "Benign tissue" → "benign tissue". */
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export function confidenceWording(
  probabilities: ClassProbability[],
  t: WordingThresholds = WORDING_THRESHOLDS,
  unlikeTraining = false,
): ConfidenceWording {
  if (probabilities.length === 0) throw new Error('no probabilities to put into words');
  const [first, second] = [...probabilities].sort((a, b) => b.probability - a.probability);
  const measured = confidenceBand(first.probability, t);
  const band = unlikeTraining && measured === 'likely' ? 'probably' : measured;
  switch (band) {
    case 'likely':
      return { band, text: `Likely ${lower(first.displayName)}` };
    case 'probably':
      return { band, text: `Probably ${lower(first.displayName)}` };
    case 'uncertain':
      return { band, text: second ? `Uncertain: ${lower(first.displayName)} or ${lower(second.displayName)}` : `Uncertain: ${lower(first.displayName)}` };
  }
}
