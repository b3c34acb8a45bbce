import { describe, expect, it } from 'vitest';
import { toFloat16Bits } from './float16';

describe('toFloat16Bits', () => {
  it('encodes exact values', () => {
    expect(toFloat16Bits(1)).toBe(0x3c00);
    expect(toFloat16Bits(-2)).toBe(0xc000);
    expect(toFloat16Bits(0.5)).toBe(0x3800);
    expect(toFloat16Bits(65504)).toBe(0x7bff);
    expect(toFloat16Bits(0)).toBe(0);
  });

  it('rounds to nearest even and handles the edges', () => {
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00); // tie → even
    expect(toFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02); // tie → even (up)
    expect(toFloat16Bits(1e6)).toBe(0x7c00); // overflow → Inf
    expect(toFloat16Bits(2 ** -24)).toBe(0x0001); // smallest subnormal
    expect(toFloat16Bits(1e-9)).toBe(0);
    expect(toFloat16Bits(NaN) & 0x7c00).toBe(0x7c00);
  });
});
