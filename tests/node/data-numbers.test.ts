/**
 * Numbers that cannot drift, part two: the data split, the grouping rebuild and the heat map's
 * prose figures come from committed results files. The marked blocks themselves are checked by
 * docs-blocks.test.ts (scripts/docs/blocks.ts registers them); this file checks that the
 * results files agree with each other and with what the repository holds (training/split.csv,
 * model/metadata.json, the rebuild script's default), and the figures that sit in prose or UI
 * code rather than in a block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEED_RESULTS } from '../../scripts/trust/speed-block';
import { DECODE_MAX_SIDE, MAX_PIXELS, MIN_SIDE } from '../../src/core/image-limits';
import { CLASS_NAMES, dataSplitSentence, heatMapPhrases, readDataSplit, readRebuildGroups, ttaLatencyPhrase } from '../../scripts/trust/data-blocks';

const ROOT = join(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const data = readDataSplit(ROOT);
const labels = Object.keys(CLASS_NAMES) as (keyof typeof CLASS_NAMES)[];

describe('training/artifacts/data-split.json', () => {
  it('counts the groups training/split.csv assigns, per split and class', () => {
    const rows = read('training/split.csv').trim().split('\n').slice(1).map((l) => l.trim().split(','));
    expect(rows.length).toBe(data.groups);
    for (const [split, s] of Object.entries(data.splits)) {
      expect(s.groups, split).toBe(rows.filter((r) => r[2] === split).length);
      for (const l of labels) expect(s.by_class[l].groups, `${split} ${l}`).toBe(rows.filter((r) => r[2] === split && r[1] === l).length);
      expect(s.images).toBe(labels.reduce((a, l) => a + s.by_class[l].images, 0));
    }
    expect(data.images).toBe(Object.values(data.splits).reduce((a, s) => a + s.images, 0));
  });

  it('has the validation and test sizes the shipped model was evaluated on', () => {
    const meta = JSON.parse(read('model/metadata.json')) as { training: { metrics: { test: { n: number }; val: { n: number } } } };
    expect(data.splits.test.images).toBe(meta.training.metrics.test.n);
    expect(data.splits.val.images).toBe(meta.training.metrics.val.n);
  });

  it('is what the model card’s comparison table says', () => {
    const { test } = data.splits;
    expect(oneLine(read('model/MODEL_CARD.md'))).toContain(`test split (${test.images.toLocaleString('en')} images, ${test.groups} source groups)`);
  });

  it('is what the model card page says', () => {
    // The page's words live in _locales (the page shows mc_data_text).
    expect(read('src/model-card/ModelCard.tsx')).toContain("'mc_data_text'");
    const messages = JSON.parse(read('_locales/en/messages.json')) as Record<string, { message: string }>;
    const page = oneLine(messages.mc_data_text.message);
    expect(page).toContain(`${data.images.toLocaleString('en')} images at 224×224`);
    expect(page).toContain(`(${dataSplitSentence(data)})`);
  });
});

describe('training/artifacts/rebuild-groups.json', () => {
  const r = readRebuildGroups(ROOT);
  it('compares against the grouping the split uses', () => {
    expect(r.images).toBe(data.images);
    for (const a of r.attempts) {
      for (const l of labels) {
        const shared = Object.values(data.splits).reduce((s, x) => s + x.by_class[l].groups, 0);
        expect(a.classes[l].shared_groups, `${a.histogram} ${a.distance} ${a.linkage} ${l}`).toBe(shared);
      }
      expect(a.splits.test.images).toBe(data.splits.test.images);
      expect(a.splits.val.images).toBe(data.splits.val.images);
    }
  });

  it('training/README.md names the script’s default attempt and threshold', () => {
    const script = read('training/rebuild_groups.py');
    const first = /ATTEMPTS = \[\s*\("(\w+)", "(\w+)", "(\w+)"\)/.exec(script)!;
    const threshold = /"--threshold", type=float, default=([\d.]+)/.exec(script)![1];
    const doc = oneLine(read('training/README.md'));
    expect(doc).toContain(`${first[2][0].toUpperCase()}${first[2].slice(1)} distance < ${threshold}`);
    expect(doc).toContain(`${first[3]} linkage`);
  });
});

describe('docs/TRUST.md latency figures', () => {
  it('the TTA latency is the committed bench run’s', () => {
    expect(oneLine(read('docs/TRUST.md'))).toContain(ttaLatencyPhrase(ROOT));
  });
});

describe('docs/TRUST.md heat-map figures', () => {
  it.each(heatMapPhrases(ROOT))('quotes "%s" from bench/results/heat-map-node.json', (phrase) => {
    expect(oneLine(read('docs/TRUST.md'))).toContain(phrase);
  });
});

describe('model sizes in README and the model card', () => {
  const manifest = JSON.parse(read('model/model.json')) as { weightsManifest: { paths: string[]; weights: { shape: number[] }[] }[] };
  const folded = manifest.weightsManifest.flatMap((g) => g.weights).reduce((a, w) => a + w.shape.reduce((x, y) => x * y, 1), 0);
  const bytes = manifest.weightsManifest.flatMap((g) => g.paths).reduce((a, f) => a + readFileSync(join(ROOT, 'model', f)).length, 0);
  const meta = JSON.parse(read('model/metadata.json')) as { training: { parameters: number } };
  const original = (JSON.parse(read(SPEED_RESULTS)) as { models: { original: { parameters: number; bytes: number } } }).models.original;
  const m = (v: number, d: number) => (v / 1e6).toFixed(d);

  it('the model card’s parameter and file figures are the shipped files’ and the bench’s', () => {
    const card = oneLine(read('model/MODEL_CARD.md'));
    expect(card).toContain(`| ${m(meta.training.parameters, 2)} M (${folded.toLocaleString('en')} after folding layer scale) | ${m(original.parameters, 1)} M |`);
    expect(card).toContain(`| ${m(bytes, 1)} MB (float16 TF.js LayersModel) |`);
  });

  it('README’s are too', () => {
    const readme = oneLine(read('README.md'));
    expect(readme).toContain(`about ${m(bytes, 0)} MB`);
    expect(readme).toContain(`${m(original.parameters, 1)} M parameters are ${m(original.bytes, 0)} MB of float16 weights`);
    expect(readme).toContain(`against ~${m(bytes, 0)} MB for the bundled model`);
  });
});

describe('README limits are the code’s constants', () => {
  it('image size limits (src/core/image-limits.ts) and the download timeout (src/background/fetch-image-bytes.ts)', () => {
    const readme = oneLine(read('README.md'));
    expect(readme).toContain(`Images under ${MIN_SIDE}×${MIN_SIDE} px and over ${MAX_PIXELS / 1e6} megapixels are refused`);
    expect(readme).toContain(`decoded at most ${DECODE_MAX_SIDE} px on the long side`);
    // Read as text: the module imports the extension's browser adapter.
    const timeout = Number(/FETCH_TIMEOUT_MS = ([\d_]+)/.exec(read('src/background/fetch-image-bytes.ts'))![1].replace(/_/g, ''));
    expect(readme).toContain(`Image downloads time out after ${timeout / 1000} s.`);
  });

  it('the package size limit (scripts/package.ts, which fails the packaging over it)', () => {
    // Read as text: the module packages when imported.
    const limitMb = Number(/MAX_EXTENSION_BYTES = (\d+) \* MB;/.exec(read('scripts/package.ts'))![1]);
    expect(oneLine(read('README.md'))).toContain(`extension packages must stay under ${limitMb} MB`);
  });
});

describe('the model card’s training times are the committed training logs’', () => {
  // Stage table rows name their run's --out folder; each run's log ends with "done in N min".
  const STAGE_LOGS = [
    ['training/runs/main', 'training/artifacts/train-run2-stage1.log'],
    ['training/runs/fixres160', 'training/artifacts/train-run4-fixres160.log'],
    ['training/runs/robust-grey', 'training/artifacts/train-run7-robust-grey.log'],
  ] as const;
  const card = read('model/MODEL_CARD.md');
  const stages = STAGE_LOGS.map(([out, log]) => {
    const row = card.split('\n').find((l) => l.startsWith('| ') && l.includes(`--out ${out}\``));
    const text = read(log);
    const minutes = Number(/done in ([\d.]+) min/.exec(text)![1]);
    const epochs = Number(/--epochs (\d+)/.exec(row ?? '')?.[1]);
    return { out, row, minutes, epochs };
  });

  it('each stage’s time and epochs', () => {
    for (const s of stages) {
      expect(s.row, s.out).toBeDefined();
      expect(s.row, s.out).toContain(`| ${s.epochs} at `);
      expect(s.row, s.out).toContain(`| ${s.minutes.toFixed(1)} min |`);
    }
  });

  it('the totals', () => {
    const epochs = stages.reduce((a, s) => a + s.epochs, 0);
    const minutes = stages.reduce((a, s) => a + s.minutes, 0);
    expect(oneLine(card)).toContain(`${epochs} epochs, ${minutes.toFixed(1)} minutes in all`);
    expect(oneLine(card)).toContain(`which bought ${stages[1].epochs} epochs in ${Math.round(stages[1].minutes)} minutes`);
  });
});
