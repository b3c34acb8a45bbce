// Measures the input check and writes training/artifacts/input-check.json, the one source of
// every input-check figure in the README, docs, model card and Options (npm run docs and
// tests/node/docs-blocks.test.ts keep them in step):
//  - false rejects ("not assessable") on real H&E: the LC25000 group-held-out test split,
//    the shift check (validation images re-stained with 16 held-out laboratories' stains at
//    three magnifications: a stress test) and, with --references, other laboratories' slides;
//  - the share of the negative set refused, per kind, for the tune and held-out halves
//    (split by source: tests/fixtures/negatives/README.md);
//  - how often the feature score flags "unlike the training images" (the classifier as the
//    extension runs it, zoom included).
//
//   npx vite-node -c scripts/node.config.ts scripts/trust/measure-input-check.ts -- --cache training/cache --references /path/to/he-stain-references
//
// Also counts, per set, the images flagged "unlike the H&E images the model was trained on" (the
// feature score or the stain-family ratio: input-shift.ts) and those refused or flagged.
// --keep shiftCheck keeps that set's entry from the results file instead of measuring it (its
// cache is built by training/shift_check.py).
//
// With --refresh-check, only the check's refusals are measured again and the feature score's
// flags are kept from the results file (they come from the model, not from the check's rules):
// minutes instead of a model run over every image, for a change to the rules alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { createClassifier } from '../../src/core/classifier';
import { checkContextFor, checkInput, type CheckStrictness } from '../../src/core/input-check';
import type { Rate as MeasuredRate } from '../../src/core/input-check-numbers';
import { prepareInput } from '../../src/core/prepare-input';
import type { RgbaImage } from '../../src/core/types';
import { diskModel, readMetadata, startWasm } from '../../tests/helpers/node-model';
import { decodeInChromium } from './decode-in-chromium';
import { readSplit, rgbaAt } from './read-npz';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    cache: { type: 'string', default: 'training/cache' },
    references: { type: 'string' },
    out: { type: 'string', default: 'training/artifacts/input-check.json' },
    'refresh-check': { type: 'boolean', default: false },
    keep: { type: 'string', default: '' },
  },
});
const LEVELS: CheckStrictness[] = ['lenient', 'standard', 'strict'];
const meta = readMetadata();
interface Results { model: string; realHe: Record<string, Rate>; negatives: Record<string, Record<string, Rate>> }
const kept = values.keep!.split(',').filter(Boolean);
const earlier = values['refresh-check'] || kept.length ? (JSON.parse(readFileSync(values.out!, 'utf8')) as Results) : undefined;
const previous = values['refresh-check'] ? earlier : undefined;
if (previous && previous.model !== meta.version) throw new Error(`--refresh-check: ${values.out} is for model ${previous.model}, not ${meta.version}`);
if (!previous && !(await startWasm())) throw new Error('the tfjs wasm backend did not start');
const classifier = previous ? undefined : await createClassifier(tf, { model: diskModel(), metadata: meta });

const short = (reason: string) => reason.replace(/\s*\(\d.*\)/, '');
/** The measured rate as the results file keeps it, plus which named images passed at standard. */
interface Rate extends MeasuredRate {
  passedStandard?: string[];
}

/**
 * Refusals at every strictness, reasons at 'standard', and the feature score's flag (kept
 * from `kept` with --refresh-check); with `names`, also which images got through at 'standard'.
 */
async function measure(images: Iterable<RgbaImage>, names?: string[], kept?: Rate): Promise<Rate> {
  const rate: Rate = {
    n: 0, refused: { lenient: 0, standard: 0, strict: 0 }, reasons: {}, featureUnlike: 0,
    ...(classifier ? { unlikeHe: 0, refusedOrFlagged: 0 } : {}),
    ...(names ? { passedStandard: [], ...(classifier ? { passedUnflagged: [] } : {}) } : {}),
  };
  for (const image of images) {
    const name = names?.[rate.n];
    rate.n++;
    const context = checkContextFor(meta, image, prepareInput(image, meta.input).input);
    let refusedStandard = false;
    for (const level of LEVELS) {
      const check = checkInput(image, level, context);
      if (level === 'standard') refusedStandard = !check.assessable;
      // Which files got through at the default strictness: what a reader checks first.
      if (check.assessable && level === 'standard' && name !== undefined) rate.passedStandard!.push(name);
      if (check.assessable) continue;
      rate.refused[level]++;
      if (level === 'standard') rate.reasons[short(check.reason!)] = (rate.reasons[short(check.reason!)] ?? 0) + 1;
    }
    if (!classifier) continue;
    const result = await classifier.classify(image, { inputCheck: 'off' });
    const score = meta.inputCheck?.featureScore;
    if (score && result.shift?.featureDistance !== undefined && result.shift.featureDistance > score.unlikeAbove) rate.featureUnlike++;
    const flagged = result.shift?.unlikeHe === true;
    if (flagged) rate.unlikeHe!++;
    if (flagged || refusedStandard) rate.refusedOrFlagged!++;
    else if (name !== undefined) rate.passedUnflagged!.push(name);
  }
  if (previous) {
    if (!kept || kept.n !== rate.n) throw new Error('--refresh-check: the results file measured other images');
    rate.featureUnlike = kept.featureUnlike;
  }
  return rate;
}

function* split(name: string) {
  const s = readSplit(join(values.cache!, `${name}.npz`));
  for (let i = 0; i < s.count; i++) yield rgbaAt(s, i);
}

// LC25000's group-held-out test split; the shift check (a stress test); other laboratories.
const realHe: Record<string, Rate> = {};
for (const [name, file] of [['lc25000Test', 'test'], ['shiftCheck', 'shift-check']] as const) {
  realHe[name] = kept.includes(name) ? earlier!.realHe[name] : await measure(split(file), undefined, previous?.realHe[name]);
}
if (values.references) {
  const files = readdirSync(values.references).filter((f) => f.endsWith('.jpg')).sort();
  realHe.otherLaboratories = await measure(await decodeInChromium(files.map((f) => join(values.references!, f))), undefined, previous?.realHe.otherLaboratories);
}

const dir = 'tests/fixtures/negatives';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { images: { file: string; category: string; part: string }[] };
const decoded = await decodeInChromium(manifest.images.map((m) => join(dir, m.file)));
const negatives: Record<string, Record<string, Rate>> = { tune: {}, 'held-out': {} };
for (const part of ['tune', 'held-out']) {
  const kinds = [...new Set(manifest.images.filter((m) => m.part === part).map((m) => m.category))].sort();
  for (const kind of kinds) {
    const members = manifest.images.map((m, i) => ({ m, img: decoded[i] })).filter(({ m }) => m.part === part && m.category === kind);
    negatives[part][kind] = await measure(members.map((x) => x.img), members.map((x) => x.m.file), previous?.negatives[part][kind]);
  }
}
classifier?.dispose();

const total = (part: string, level: CheckStrictness) => {
  const rs = Object.values(negatives[part]);
  return { n: rs.reduce((a, r) => a + r.n, 0), refused: rs.reduce((a, r) => a + r.refused[level], 0) };
};
const report = {
  model: meta.version,
  method: 'scripts/trust/measure-input-check.ts',
  realHe,
  negatives,
  negativesTotal: Object.fromEntries(['tune', 'held-out'].map((p) => [p, Object.fromEntries(LEVELS.map((l) => [l, total(p, l)]))])),
};
writeFileSync(values.out!, JSON.stringify(report, null, 1) + '\n');
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} % (${n}/${d})`;
for (const [name, r] of Object.entries(realHe)) console.log(`${name}: refused ${LEVELS.map((l) => `${l} ${pct(r.refused[l], r.n)}`).join(', ')}; feature score unlike ${pct(r.featureUnlike, r.n)}; ${JSON.stringify(r.reasons)}`);
for (const part of ['tune', 'held-out']) {
  for (const [kind, r] of Object.entries(negatives[part])) console.log(`negatives ${part} ${kind}: standard ${pct(r.refused.standard, r.n)}, unlike ${r.featureUnlike}; ${JSON.stringify(r.reasons)}`);
  console.log(`negatives ${part}: ${LEVELS.map((l) => `${l} ${pct(total(part, l).refused, total(part, l).n)}`).join(', ')}`);
}
