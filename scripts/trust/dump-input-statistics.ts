/**
 * Exploration: per-image statistics the input check could use, for LC25000 splits, the
 * shift-check images, other laboratories' H&E and the negative set, as JSON lines.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageStatistics } from '../../src/core/image-statistics';
import { prepareInput } from '../../src/core/prepare-input';
import type { RgbaImage } from '../../src/core/types';
import { readMetadata } from '../../tests/helpers/node-model';
import { decodeInChromium } from './decode-in-chromium';
import { readSplit, rgbaAt } from './read-npz';

const meta = readMetadata();
const ref = meta.input.stainReference!;
const angle = (a: number[], b: number[]) => Math.acos(Math.min(1, Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
function extra(img: RgbaImage) {
  const { width, height, data } = img;
  const step = Math.max(1, Math.floor(Math.max(width, height) / 160));
  let total = 0, dark = 0, black = 0, tissue = 0;
  let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, np = 0;
  const hue = new Array(13).fill(0);
  for (let y = 0; y < height; y += step) for (let x = 0; x < width; x += step) {
    const i = (y * width + x) * 4;
    const r = data[i], g = data[i + 1], b = data[i + 2];
    const lum = 0.299 * r + 0.587 * g + 0.114 * b;
    total++;
    if (lum < 45) dark++;
    if (x + 1 < width) {
      const l2 = 0.299 * data[i + 4] + 0.587 * data[i + 5] + 0.114 * data[i + 6];
      sx += lum; sy += l2; sxx += lum * lum; syy += l2 * l2; sxy += lum * l2; np++;
    }
    const lo = Math.min(r, g, b), hi = Math.max(r, g, b);
    if (lo >= 215 && hi - lo <= 18) continue;
    tissue++;
    if (hi < 110 && hi - lo < 0.25 * hi) black++;
    const c = hi - lo;
    if (c < 12) { hue[12]++; continue; }
    let h = hi === r ? ((g - b) / c) % 6 : hi === g ? (b - r) / c + 2 : (r - g) / c + 4;
    h = (h * 60 + 360) % 360;
    hue[Math.floor(h / 30)]++;
  }
  const cov = sxy / np - (sx / np) * (sy / np);
  const corr = cov / Math.sqrt(Math.max(1e-9, (sxx / np - (sx / np) ** 2) * (syy / np - (sy / np) ** 2)));
  return { dark: dark / total, black: tissue ? black / tissue : 0, corr, hue: hue.map((v) => (tissue ? v / tissue : 0)) };
}
function row(img: RgbaImage, tags: Record<string, unknown>) {
  const { stain } = prepareInput(img, meta.input);
  return {
    ...tags,
    ...imageStatistics(img),
    ...extra(img),
    hAngle: stain ? angle(stain.stains[0], ref.stains[0]) : null,
    eAngle: stain ? angle(stain.stains[1], ref.stains[1]) : null,
    third: stain?.thirdStainShare ?? null,
    hStain: stain?.stains[0], eStain: stain?.stains[1], maxC: stain?.maxConcentrations,
  };
}
const out: unknown[] = [];
for (const split of ['val', 'test', 'shift-check']) {
  const s = readSplit(join('training/cache', `${split}.npz`));
  for (let i = 0; i < s.count; i++) out.push(row(rgbaAt(s, i), { set: split, label: s.labels[i] }));
}
const refs = process.argv.find((a) => a.startsWith('--references='))?.split('=')[1];
if (refs) {
  const files = readdirSync(refs).filter((f) => f.endsWith('.jpg')).sort();
  const imgs = await decodeInChromium(files.map((f) => join(refs, f)));
  imgs.forEach((img, i) => out.push(row(img, { set: 'references', file: files[i] })));
}
const dir = 'tests/fixtures/negatives';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { images: { file: string; category: string; part: string; source: string }[] };
const negs = await decodeInChromium(manifest.images.map((m) => join(dir, m.file)));
negs.forEach((img, i) => out.push(row(img, { set: 'negatives', ...manifest.images[i] })));
writeFileSync('/tmp/explore/stats.json', JSON.stringify(out));
console.log(out.length);
