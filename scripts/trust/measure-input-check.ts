/**
 * Measures the input check: false rejects on LC25000 (every image of the group-held-out
 * test split; train/val with --all) and the share of the negative set it catches, per
 * strictness, for the tuning and the held-out half separately.
 *
 *   npx vite-node -c scripts/node.config.ts scripts/trust/measure-input-check.ts -- --cache training/cache [--all]
 *
 * The cache is training/data.py's (`python training/data.py` writes it from the LC25000 lung
 * folder). Negatives are decoded by headless Chromium, as in the extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkInput, type CheckStrictness } from '../../src/core/input-check';
import { decodeInChromium } from './decode-in-chromium';
import { readSplit, rgbaAt } from './read-npz';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { cache: { type: 'string', default: 'training/cache' }, all: { type: 'boolean', default: false } },
});
const LEVELS: CheckStrictness[] = ['lenient', 'standard', 'strict'];
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(2)} % (${n}/${d})`;

for (const name of values.all ? ['train', 'val', 'test'] : ['test']) {
  const split = readSplit(join(values.cache!, `${name}.npz`));
  const rejected: Record<string, number> = {};
  const reasons: Record<string, number> = {};
  for (let i = 0; i < split.count; i++) {
    const img = rgbaAt(split, i);
    for (const level of LEVELS) {
      const check = checkInput(img, level);
      if (!check.assessable) {
        rejected[level] = (rejected[level] ?? 0) + 1;
        if (level === 'standard') reasons[check.reason!.replace(/\s*\(\d.*\)/, '')] = (reasons[check.reason!.replace(/\s*\(\d.*\)/, '')] ?? 0) + 1;
      }
    }
  }
  for (const level of LEVELS) console.log(`LC25000 ${name} false rejects, ${level}: ${pct(rejected[level] ?? 0, split.count)}`);
  console.log(`  standard reasons: ${JSON.stringify(reasons)}`);
}

const dir = 'tests/fixtures/negatives';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { images: { file: string; category: string; part: string }[] };
const images = await decodeInChromium(manifest.images.map((m) => join(dir, m.file)));
for (const level of LEVELS) {
  for (const part of ['tune', 'held-out']) {
    const items = manifest.images.map((m, i) => ({ ...m, img: images[i] })).filter((m) => m.part === part);
    const missed = items.filter((m) => checkInput(m.img, level).assessable);
    console.log(`negatives ${part}, ${level}: caught ${pct(items.length - missed.length, items.length)}${missed.length ? `; missed ${missed.map((m) => m.file).join(', ')}` : ''}`);
  }
}
const byCategory: Record<string, string[]> = {};
manifest.images.forEach((m, i) => (byCategory[m.category] ??= []).push(checkInput(images[i], 'standard').reason ?? 'ACCEPTED'));
for (const [category, reasons] of Object.entries(byCategory)) {
  const counts: Record<string, number> = {};
  for (const r of reasons) counts[r.replace(/\s*\(\d.*\)/, '')] = (counts[r.replace(/\s*\(\d.*\)/, '')] ?? 0) + 1;
  console.log(`  ${category} (standard): ${JSON.stringify(counts)}`);
}
