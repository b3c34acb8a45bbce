import { describe, expect, it } from 'vitest';
import { ACCEPTED_WARNINGS, unexpectedFindings, type LinterFinding } from './addons-linter-findings';

const warning = (code: string, file: string): LinterFinding => ({ type: 'warning', code, message: code, file });

describe('addons-linter findings', () => {
  it("accepts only Preact's innerHTML warning in its own chunk", () => {
    const preact = warning('UNSAFE_VAR_ASSIGNMENT', 'assets/jsxRuntime-jjGYOiwn.js');
    const ours = warning('UNSAFE_VAR_ASSIGNMENT', 'assets/src-content-main.ts-DkHZT2et.js');
    expect(unexpectedFindings({ errors: [], notices: [], warnings: [preact, ours] }, ACCEPTED_WARNINGS)).toEqual([ours]);
  });

  it('never accepts errors or notices, whatever their code', () => {
    const error: LinterFinding = { ...warning('UNSAFE_VAR_ASSIGNMENT', 'assets/jsxRuntime-x.js'), type: 'error' };
    const notice: LinterFinding = { ...error, type: 'notice' };
    expect(unexpectedFindings({ errors: [error], notices: [notice], warnings: [] }, ACCEPTED_WARNINGS)).toEqual([error, notice]);
  });
});
