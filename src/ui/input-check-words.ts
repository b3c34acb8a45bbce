// The input check's measured rates in the user's language; the English sentences that README and
// docs quote must read the same (input-check-words.test.ts).
import type { CheckStrictness } from '../core/input-check';
import { INPUT_CHECK_RESULTS, shareFigures, type InputCheckResults } from '../core/input-check-numbers';
import { t } from '../shared/i18n';

const share = (n: number, d: number) => t('check_share', ...shareFigures(n, d));

export function strictnessWords(level: CheckStrictness, r: InputCheckResults = INPUT_CHECK_RESULTS): string {
  const held = r.negativesTotal['held-out'][level];
  const test = r.realHe.lc25000Test;
  return t('check_strictness_measured', share(held.refused, held.n), share(test.refused[level], test.n));
}

export function inputCheckWords(level: CheckStrictness = 'standard', r: InputCheckResults = INPUT_CHECK_RESULTS): string {
  const held = r.negativesTotal['held-out'][level];
  const { lc25000Test: test, otherLaboratories: labs } = r.realHe;
  return t('check_sentence', share(held.refused, held.n), share(test.refused[level], test.n),
    labs ? t('check_sentence_labs', share(labs.refused[level], labs.n)) : '');
}
