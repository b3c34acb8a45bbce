// Calibrates the nucleus-scale estimate (src/core/nucleus-scale.ts) on LC25000 validation
// images: its median at the training magnification, and where 1/2 and 1/3 of it (2×2 and 3×3
// same-class mosaics shrunk back, as training/shift.py makes them) come out. Writes
// training/artifacts/scale-calibration.json, which the model build copies into metadata.json.
//
//   npx vite-node -c scripts/node.config.ts scripts/trust/calibrate-scale.ts -- --cache training/cache
//
// The thresholds follow from what the model was trained on (mosaics down to 1/3, crops up to
// about 1.7× zoom): zoom in below the median of the 1/3 mosaics, to the median of the 1/2
// ones; call an image "more magnified than training" above 1.7× the 90th percentile at 1/1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ScaleCalibration } from '../../src/core/choose-zoom';
import { estimateNucleusScale } from '../../src/core/nucleus-scale';
import { readSplit, rgbaAt } from './read-npz';
import { shrinkMosaic } from './shrink-mosaic';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { cache: { type: 'string', default: 'training/cache' }, every: { type: 'string', default: '4' } },
});
const split = readSplit(join(values.cache!, 'val.npz'));
const every = Number(values.every);
const quantile = (v: number[], q: number) => {
  const s = [...v].sort((a, b) => a - b);
  const pos = q * (s.length - 1);
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
};
// Deterministic same-class partners: the next images of the same class in split order.
const byClass = new Map<number, number[]>();
split.labels.forEach((c, i) => byClass.set(c, [...(byClass.get(c) ?? []), i]));
const partners = (i: number, n: number) => {
  const same = byClass.get(split.labels[i])!;
  const at = same.indexOf(i);
  return Array.from({ length: n }, (_, j) => rgbaAt(split, same[(at + 1 + j * 7) % same.length]));
};
const d: Record<number, number[]> = { 1: [], 2: [], 3: [] };
const t0 = Date.now();
let ms = 0;
for (let i = 0; i < split.count; i += every) {
  const image = rgbaAt(split, i);
  const s = performance.now();
  d[1].push(estimateNucleusScale(image).diameterPx);
  ms += performance.now() - s;
  for (const k of [2, 3]) d[k].push(estimateNucleusScale(shrinkMosaic([image, ...partners(i, k * k - 1)], k)).diameterPx);
}
const median = quantile(d[1], 0.5);
const rel = (k: number) => d[k].map((v) => v / median);
const calibration: ScaleCalibration & Record<string, unknown> = {
  nucleusDiameterPx: Math.round(median * 1000) / 1000,
  zoomBelow: Math.round(quantile(rel(3), 0.5) * 1000) / 1000,
  zoomTo: Math.round(quantile(rel(2), 0.5) * 1000) / 1000,
  magnifiedAbove: Math.round(1.7 * quantile(rel(1), 0.9) * 1000) / 1000,
  typicalRange: [Math.round(quantile(rel(1), 0.1) * 1000) / 1000, Math.round(quantile(rel(1), 0.9) * 1000) / 1000],
  maxTiles: 9,
};
const report = {
  ...calibration,
  method: 'median nucleus-scale estimate of LC25000 validation images (every 4th) and of 2x2 / 3x3 same-class mosaics shrunk back',
  images: d[1].length,
  relativeQuantiles: Object.fromEntries([1, 2, 3].map((k) => [`1/${k}`, [0.1, 0.5, 0.9].map((q) => Math.round(quantile(rel(k), q) * 1000) / 1000)])),
  meanEstimateMs: Math.round((ms / d[1].length) * 100) / 100,
};
writeFileSync(join('training', 'artifacts', 'scale-calibration.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report), `${((Date.now() - t0) / 1000).toFixed(0)} s`);
