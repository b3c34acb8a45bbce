// The input check's measured rates, worded once from training/artifacts/input-check.json, so
// Options, the model card and the docs cannot quote different figures.
import results from '../../training/artifacts/input-check.json';
import type { CheckStrictness } from './input-check';

export interface Rate {
  n: number;
  refused: Record<CheckStrictness, number>;
  reasons: Record<string, number>;
  featureUnlike: number;
  /** Flagged "unlike the H&E images…" by the feature score or the stain-family ratio (absent: not measured). */
  unlikeHe?: number;
  /** Refused at standard strictness, or so flagged. */
  refusedOrFlagged?: number;
  passedUnflagged?: string[];
}

export interface InputCheckResults {
  model: string;
  realHe: { lc25000Test: Rate; shiftCheck: Rate; otherLaboratories?: Rate };
  negatives: Record<'tune' | 'held-out', Record<string, Rate>>;
  negativesTotal: Record<'tune' | 'held-out', Record<CheckStrictness, { n: number; refused: number }>>;
}

export const INPUT_CHECK_RESULTS = results as InputCheckResults;

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(n === 0 || n === d ? 0 : 1)} %`;
const count = (n: number) => n.toLocaleString('en');
/** The figures of a share, ["2", "1,605", "0.1 %"]: the UI words them from _locales (src/ui/input-check-words.ts). */
export const shareFigures = (n: number, d: number): [string, string, string] => [count(n), count(d), pct(n, d)];
export const share = (n: number, d: number) => `${count(n)} of ${count(d)} (${pct(n, d)})`;

export function inputCheckSentence(level: CheckStrictness = 'standard', r: InputCheckResults = INPUT_CHECK_RESULTS): string {
  const held = r.negativesTotal['held-out'][level];
  const { lc25000Test: test, otherLaboratories: labs } = r.realHe;
  return `refuses ${share(held.refused, held.n)} held-out non-H&E images (split by source); of real H&E it refuses ` +
    `${share(test.refused[level], test.n)} LC25000 test-split images` +
    // The stain table's augment half of those slides helped fit the stain rule: say so.
    (labs ? ` and ${share(labs.refused[level], labs.n)} slides from other laboratories (part of them helped fit the stain rule)` : '');
}

export function strictnessLine(level: CheckStrictness, r: InputCheckResults = INPUT_CHECK_RESULTS): string {
  const held = r.negativesTotal['held-out'][level];
  const test = r.realHe.lc25000Test;
  return `Measured: refuses ${share(held.refused, held.n)} held-out non-H&E test images and ${share(test.refused[level], test.n)} real H&E test images.`;
}
