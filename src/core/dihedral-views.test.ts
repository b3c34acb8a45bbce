import { describe, expect, it } from 'vitest';
import { dihedralViews } from './dihedral-views';

// Expected views of [[0,1,2],[3,4,5],[6,7,8]] as printed by training/evaluate.py's
// loop (numpy flip on W, then torch.rot90(k, (1, 2))): the TS views must match exactly.
const TORCH_VIEWS = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8],
  [2, 5, 8, 1, 4, 7, 0, 3, 6],
  [8, 7, 6, 5, 4, 3, 2, 1, 0],
  [6, 3, 0, 7, 4, 1, 8, 5, 2],
  [2, 1, 0, 5, 4, 3, 8, 7, 6],
  [0, 3, 6, 1, 4, 7, 2, 5, 8],
  [6, 7, 8, 3, 4, 5, 0, 1, 2],
  [8, 5, 2, 7, 4, 1, 6, 3, 0],
];

describe('dihedralViews', () => {
  it('matches the PyTorch TTA order and orientation', () => {
    const views = dihedralViews(Float32Array.from({ length: 9 }, (_, i) => i), 3, 1);
    expect(Array.from({ length: 8 }, (_, v) => Array.from(views.subarray(v * 9, v * 9 + 9)))).toEqual(TORCH_VIEWS);
  });

  it('moves all channels of a pixel together', () => {
    const rgb = Float32Array.from({ length: 2 * 2 * 3 }, (_, i) => i);
    const views = dihedralViews(rgb, 2);
    // View 2 (180°): pixel (0,0) comes from (1,1), whose channels are 9, 10, 11.
    expect(Array.from(views.subarray(2 * 12, 2 * 12 + 3))).toEqual([9, 10, 11]);
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => dihedralViews(new Float32Array(10), 3, 1)).toThrow(/expected 9 values/);
  });
});
