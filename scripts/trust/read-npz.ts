// Reads the training pipeline's cached splits (`training/cache/<split>.npz`, written by
// training/data.py: x uint8 N×224×224×3, y int64 N) without Python.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

export interface NpyArray {
  shape: number[];
  dtype: string;
  bytes: Uint8Array;
}

function parseNpy(buf: Uint8Array): NpyArray {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const major = buf[6];
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  const header = new TextDecoder().decode(buf.subarray(start, start + headerLen));
  const dtype = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const shape = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!dtype || shape === undefined || /'fortran_order':\s*True/.test(header)) throw new Error(`unsupported .npy header: ${header}`);
  return { dtype, shape: shape.split(',').filter((s) => s.trim()).map(Number), bytes: buf.subarray(start + headerLen) };
}

export interface CachedSplit {
  /** RGB uint8 images, N×H×W×3. */
  images: Uint8Array;
  labels: number[];
  size: number;
  count: number;
}

export function readSplit(file: string): CachedSplit {
  const files = unzipSync(readFileSync(file));
  const x = parseNpy(files['x.npy']);
  const y = parseNpy(files['y.npy']);
  if (x.dtype !== '|u1' || x.shape.length !== 4 || x.shape[3] !== 3) throw new Error(`${file}: x must be uint8 N×H×W×3, got ${x.dtype} [${x.shape}]`);
  if (y.dtype !== '<i8') throw new Error(`${file}: y must be int64, got ${y.dtype}`);
  const yv = new BigInt64Array(y.bytes.slice().buffer);
  return { images: x.bytes, labels: Array.from(yv, Number), size: x.shape[1], count: x.shape[0] };
}

export function rgbaAt(split: CachedSplit, i: number): { width: number; height: number; data: Uint8Array } {
  const n = split.size * split.size;
  const rgb = split.images.subarray(i * n * 3, (i + 1) * n * 3);
  const data = new Uint8Array(n * 4);
  for (let p = 0; p < n; p++) {
    data[p * 4] = rgb[p * 3];
    data[p * 4 + 1] = rgb[p * 3 + 1];
    data[p * 4 + 2] = rgb[p * 3 + 2];
    data[p * 4 + 3] = 255;
  }
  return { width: split.size, height: split.size, data };
}
