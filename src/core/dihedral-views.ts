// The 8 dihedral views of a square image in one batch, so TTA is one forward pass; in
// training/evaluate.py's order, so TF.js and PyTorch numbers compare.
export const DIHEDRAL_VIEW_COUNT = 8;

function sourceIndex(v: number, x: number, y: number, n: number): [number, number] {
  const flip = v >= 4;
  const k = v % 4;
  // rot90 by k counter-clockwise (numpy/torch rot90 on axes (H, W)): out[y][x] = in[x][n-1-y] for k=1.
  let sx = x;
  let sy = y;
  for (let i = 0; i < k; i++) [sx, sy] = [n - 1 - sy, sx];
  if (flip) sx = n - 1 - sx;
  return [sx, sy];
}

export function dihedralViews(input: Float32Array, size: number, channels = 3): Float32Array {
  const plane = size * size * channels;
  if (input.length !== plane) throw new Error(`expected ${plane} values for a ${size}×${size}×${channels} image, got ${input.length}`);
  const out = new Float32Array(plane * DIHEDRAL_VIEW_COUNT);
  for (let v = 0; v < DIHEDRAL_VIEW_COUNT; v++) {
    const base = v * plane;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [sx, sy] = sourceIndex(v, x, y, size);
        const o = base + (y * size + x) * channels;
        const s = (sy * size + sx) * channels;
        for (let c = 0; c < channels; c++) out[o + c] = input[s + c];
      }
    }
  }
  return out;
}
