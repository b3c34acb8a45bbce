// Words for how sure the model is: "Likely X" from the lowest top probability that was right at
// least 97 % of the time on validation (scripts/trust/choose-wording-thresholds.ts), else
// "Uncertain: X or Y". No middle band: the calibrated model is rarely in between. "Probably X"
// is what "Likely X" becomes for an input unlike the training images (input-shift.ts).
import type { ClassProbability, Classification } from './types';

export interface WordingThresholds {
  likelyFrom: number;
}

/** Chosen on validation (temperature-calibrated); scripts/trust/wording-bands.test.ts re-derives them. */
export const WORDING_THRESHOLDS: Readonly<{ single: WordingThresholds; tta: WordingThresholds }> = Object.freeze({
  single: Object.freeze({ likelyFrom: 0.76 }),
  tta: Object.freeze({ likelyFrom: 0.73 }),
});

export type ConfidenceBand = 'likely' | 'probably' | 'uncertain';

export interface ConfidenceWording {
  band: ConfidenceBand;
  text: string;
  first: string;
  second?: string;
}

export function confidenceBand(top: number, t: WordingThresholds = WORDING_THRESHOLDS.single): 'likely' | 'uncertain' {
  return top >= t.likelyFrom ? 'likely' : 'uncertain';
}

export function thresholdsFor(result: Pick<Classification, 'agreement'>): WordingThresholds {
  return result.agreement && result.agreement.of !== 'windows' ? WORDING_THRESHOLDS.tta : WORDING_THRESHOLDS.single;
}

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export function confidenceWording(
  probabilities: ClassProbability[],
  t: WordingThresholds = WORDING_THRESHOLDS.single,
  unlikeTraining = false,
): ConfidenceWording {
  if (probabilities.length === 0) throw new Error('no probabilities to put into words');
  const [first, second] = [...probabilities].sort((a, b) => b.probability - a.probability);
  const measured = confidenceBand(first.probability, t);
  const band: ConfidenceBand = unlikeTraining && measured === 'likely' ? 'probably' : measured;
  const names = { first: lower(first.displayName) };
  switch (band) {
    case 'likely':
      return { band, ...names, text: `Likely ${names.first}` };
    case 'probably':
      return { band, ...names, text: `Probably ${names.first}` };
    case 'uncertain':
      return second
        ? { band, ...names, second: lower(second.displayName), text: `Uncertain: ${names.first} or ${lower(second.displayName)}` }
        : { band, ...names, text: `Uncertain: ${names.first}` };
  }
}
