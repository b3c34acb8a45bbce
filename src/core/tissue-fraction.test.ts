import { describe, expect, it } from 'vitest';
import { isBackgroundPixel } from './tissue-fraction';

describe('isBackgroundPixel', () => {
  it('is true for near-white grey glass and false for H&E pink/purple or dark pixels', () => {
    expect(isBackgroundPixel(245, 244, 246)).toBe(true);
    expect(isBackgroundPixel(200, 120, 180)).toBe(false);
    expect(isBackgroundPixel(150, 60, 140)).toBe(false);
    // Bright but tinted (LC25000's pink background) counts as tissue.
    expect(isBackgroundPixel(250, 220, 240)).toBe(false);
  });
});
