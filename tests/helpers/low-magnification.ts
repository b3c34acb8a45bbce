/**
 * A figure at a third of LC25000's magnification, made from real test-split tiles: k×k
 * same-class tissue fixtures side by side at full resolution (672 px for k = 3). Squeezed to
 * 224 px as a whole, its nuclei come out at 1/3 of the training size, so the classifier must
 * zoom in (core/choose-zoom.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { RgbaImage } from '../../src/core/types';
import { FIXTURES, readPng } from './node-model';

export function sideBySide(parts: RgbaImage[], k: number): RgbaImage {
  const s = parts[0].width;
  const w = s * k;
  const data = new Uint8Array(w * w * 4);
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const t = parts[(Math.floor(y / s) * k + Math.floor(x / s)) % parts.length];
      const from = ((y % s) * s + (x % s)) * 4;
      data.set(t.data.subarray(from, from + 4), (y * w + x) * 4);
    }
  }
  return { width: w, height: w, data };
}

/** 3×3 of the four fixtures of `label` (file name prefix), at full resolution. */
export function lowMagnificationFigure(label: string, files: string[]): RgbaImage {
  const parts = files.filter((f) => f.startsWith(label) && f.endsWith('.png')).sort().map((f) => readPng(join(FIXTURES, f)));
  if (parts.length < 2) throw new Error(`need fixtures for ${label}`);
  return sideBySide(parts, 3);
}

/** Writes the figure as a PNG file (for upload or a web page) and returns its path. */
export function writeLowMagnificationPng(dir: string, label: string, files: string[]): string {
  const image = lowMagnificationFigure(label, files);
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${label}-3x3-low-magnification.png`);
  writeFileSync(path, PNG.sync.write(png));
  return path;
}
