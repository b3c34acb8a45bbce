import { describe, expect, it } from 'vitest';
import { inputCheckSentence, INPUT_CHECK_RESULTS, strictnessLine } from '../core/input-check-numbers';
import { inputCheckWords, strictnessWords } from './input-check-words';

const levels = ['lenient', 'standard', 'strict'] as const;
const { otherLaboratories, ...withoutLabs } = INPUT_CHECK_RESULTS.realHe;

describe('input check figures in _locales', () => {
  it('the English messages say what core’s sentences (quoted by README and docs) say', () => {
    for (const level of levels) {
      expect(strictnessWords(level)).toBe(strictnessLine(level));
      expect(inputCheckWords(level)).toBe(inputCheckSentence(level));
    }
    expect(otherLaboratories).toBeDefined();
    const noLabs = { ...INPUT_CHECK_RESULTS, realHe: withoutLabs };
    expect(inputCheckWords('standard', noLabs)).toBe(inputCheckSentence('standard', noLabs));
  });
});
