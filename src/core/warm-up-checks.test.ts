import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../tests/helpers/node-model';
import { warmUpChecks } from './warm-up-checks';

describe('warmUpChecks', () => {
  it('takes its synthetic image through every rule of the check, stain family included (accepted)', () => {
    const check = warmUpChecks(readMetadata());
    expect(check.reason).toBeUndefined();
    expect(check.assessable).toBe(true);
    expect(check.stainDistance).toHaveLength(2);
  });
});
