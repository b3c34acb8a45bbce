import { expect, it } from 'vitest';
import { fromFloat16Bits, toFloat16Bits } from '../lib/float16';

it('widens float16 back to the float32 it came from', () => {
  for (const v of [0, 1, -2.5, 65504, 6.103515625e-5, 5.960464477539063e-8, 0.333251953125]) expect(fromFloat16Bits(toFloat16Bits(v))).toBe(v);
  expect(fromFloat16Bits(0x7c00)).toBe(Infinity);
});
