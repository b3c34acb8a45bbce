// 1-D resampling weights: exact area averaging when shrinking (as OpenCV INTER_AREA), which keeps
// nuclear texture without aliasing; bilinear with half-pixel centres when enlarging.
export interface Taps {
  index: Int32Array;
  weight: Float32Array;
  /** Offsets into index/weight for output i: [start[i], start[i+1]). */
  start: Int32Array;
}

/** `nearest` is PIL's NEAREST (Keras `load_img`'s default), so imported Keras models get their training pixels. */
export function resizeTaps(src: number, dst: number, mode: 'area' | 'bilinear' | 'nearest' = 'area'): Taps {
  const index: number[] = [];
  const weight: number[] = [];
  const start = new Int32Array(dst + 1);
  const scale = src / dst;
  for (let i = 0; i < dst; i++) {
    start[i] = index.length;
    if (mode === 'nearest') {
      index.push(Math.min(Math.floor((i + 0.5) * scale), src - 1));
      weight.push(1);
    } else if (scale >= 1) {
      const lo = i * scale;
      const hi = lo + scale;
      for (let s = Math.floor(lo); s < Math.min(Math.ceil(hi), src); s++) {
        const overlap = Math.min(hi, s + 1) - Math.max(lo, s);
        if (overlap > 1e-9) {
          index.push(s);
          weight.push(overlap / scale);
        }
      }
    } else {
      const center = Math.min(Math.max((i + 0.5) * scale - 0.5, 0), src - 1);
      const s0 = Math.floor(center);
      const s1 = Math.min(s0 + 1, src - 1);
      const f = center - s0;
      index.push(s0, s1);
      weight.push(1 - f, f);
    }
  }
  start[dst] = index.length;
  return { index: Int32Array.from(index), weight: Float32Array.from(weight), start };
}
