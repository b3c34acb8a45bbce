/**
 * The shift-check and LC25000 numbers that README, the model card and docs/GENERALISATION.md
 * quote, made from the committed results (training/artifacts/shift-check-*.json, written by
 * training/shift_check.py, and model/metadata.json). `npm run docs:numbers` writes them into
 * the marked blocks (scripts/trust/write-generalisation-numbers.ts); tests/node/generalisation-numbers.test.ts fails when a block drifts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { speedLine } from './speed-block';
import { inputCheckLatency, inputCheckResults, inputCheckSummary, stainEstimateVariants } from './input-check-blocks';
import { dataSplitBlock, lucianSpeedBlock, rebuildGroupsBlock } from './data-blocks';
import { tissueCoverageResults } from './tissue-coverage-block';
import { heatMapFaithfulness } from './heat-map-faithfulness-block';

export const SHIFT_CHECK_RUNS = ['1.1.0', '1.1.0-normalised', 'robust-grey', 'robust-grey-normalised', 'robust-norm', 'robust-grey-blank'] as const;

interface Report {
  n: number;
  accuracy: number;
  confident_wrong: number;
  recall: Record<string, number>;
  accuracy_by_magnification?: Record<string, number>;
}

export interface ShiftCheck {
  label: string;
  normalise: boolean;
  temperature: number;
  shift_temperature: number;
  val: Report;
  shift: Report;
  shift_at_shift_temperature: Report;
}

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

export function readShiftCheck(root: string, run: string): ShiftCheck {
  return JSON.parse(readFileSync(join(root, 'training/artifacts', `shift-check-${run}.json`), 'utf8')) as ShiftCheck;
}

export function shiftCheckTable(root: string): string {
  const rows = SHIFT_CHECK_RUNS.map((run) => {
    const r = readShiftCheck(root, run);
    const m = r.shift.accuracy_by_magnification ?? {};
    const rec = r.shift.recall;
    return `| ${r.label} | ${pct(r.val.accuracy)} | **${pct(r.shift.accuracy)}** | ${pct(m['1/1'])} / ${pct(m['1/2'])} / ${pct(m['1/3'])} | ${pct(rec.adenocarcinoma)} / ${pct(rec.benign)} / ${pct(rec.squamous_cell_carcinoma)} | ${r.shift.confident_wrong} | ${r.shift_at_shift_temperature.confident_wrong} (T = ${r.shift_temperature.toFixed(2)}) |`;
  });
  const n = readShiftCheck(root, SHIFT_CHECK_RUNS[0]).shift.n;
  return [
    `| model | clean validation | shift check (${n.toLocaleString('en')} images) | by magnification 1 / ½ / ⅓ | recall adeno / benign / squamous | wrong at ≥ 90 % (validation T) | wrong at ≥ 90 % (shift T) |`,
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export { fillBlock } from './fill-block';

interface Split {
  accuracy: number;
  macro_f1: number;
  ece_15?: number;
  n: number;
  per_class?: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  confusion?: number[][];
}

interface ShippedMetrics {
  version: string;
  temperature: number;
  displayNames: string[];
  labels: string[];
  test: Split;
  test_uncalibrated?: Split;
  val?: Split;
  test_tta8?: Split;
  shipped: string;
}

function shippedMetrics(root: string): ShippedMetrics {
  const meta = JSON.parse(readFileSync(join(root, 'model/metadata.json'), 'utf8')) as {
    version: string;
    temperature: number;
    labels: string[];
    displayNames: string[];
    training: { metrics: { test: Split; test_uncalibrated?: Split; val?: Split; test_tta8?: Split }; shiftCheckRun?: string };
  };
  const { version, temperature, labels, displayNames } = meta;
  return { version, temperature, labels, displayNames, ...meta.training.metrics, shipped: meta.training.shiftCheckRun ?? 'robust-norm' };
}

/** The model card's test-split tables: summary line, per class, confusion matrix. */
export function testTables(root: string): string {
  const m = shippedMetrics(root);
  const t = m.test;
  const lines = [
    `Accuracy **${t.accuracy.toFixed(4)}**, macro-F1 **${t.macro_f1.toFixed(4)}** on ${t.n.toLocaleString('en')} images. ECE (15 bins): ` +
      `${m.test_uncalibrated?.ece_15?.toFixed(4) ?? '—'} before, **${t.ece_15?.toFixed(4) ?? '—'}** after temperature scaling (T = ${m.temperature.toFixed(3)}).` +
      (m.test_tta8 ? ` With 8-view TTA: accuracy ${m.test_tta8.accuracy.toFixed(4)}, macro-F1 ${m.test_tta8.macro_f1.toFixed(4)}.` : '') +
      (m.val ? ` Validation (${m.val.n.toLocaleString('en')} images): accuracy ${m.val.accuracy.toFixed(4)}.` : ''),
    '',
    '| class | precision | recall | F1 | images |',
    '|---|---|---|---|---|',
    ...m.labels.map((l, i) => {
      const c = t.per_class![l];
      return `| ${m.displayNames[i]} | ${c.precision.toFixed(4)} | ${c.recall.toFixed(4)} | ${c.f1.toFixed(4)} | ${c.support} |`;
    }),
    '',
    `| true ↓ / predicted → | ${m.displayNames.join(' | ')} |`,
    `|---|${m.displayNames.map(() => '---').join('|')}|`,
    ...m.displayNames.map((name, i) => `| ${name} | ${t.confusion![i].join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** One paragraph: the shipped model on LC25000's held-out groups and on the shift check, next to 1.1.0. */
export function headline(root: string): string {
  const m = shippedMetrics(root);
  const now = readShiftCheck(root, m.shipped);
  const before = readShiftCheck(root, '1.1.0');
  return [
    `Model ${m.version}: **${pct(m.test.accuracy)}** on LC25000's group-held-out test split (${m.test.n.toLocaleString('en')} images,`,
    `macro-F1 ${m.test.macro_f1.toFixed(3)}${m.test_tta8 ? `; ${pct(m.test_tta8.accuracy)} with 8-view TTA` : ''}) and **${pct(now.shift.accuracy)}** on the shift check`,
    `(validation images re-stained with other laboratories' stains at 1, ½ and ⅓ magnification; model 1.1.0: ${pct(before.shift.accuracy)}),`,
    `with ${now.shift.confident_wrong} of ${now.shift.n.toLocaleString('en')} shift-check answers wrong at ≥ 90 % before the shift temperature (${now.shift_at_shift_temperature.confident_wrong} after it; 1.1.0: ${before.shift.confident_wrong}).`,
  ].join('\n');
}

interface OtherLaboratories {
  model: string;
  slides: number;
  answers: Record<string, number>;
  bands: Record<string, number>;
  unlikeTraining: number;
  zoomed: number;
  atLeast90: number;
  notAssessable: number;
}

/** scripts/trust/other-laboratories.ts for the shipped model and 1.1.0, as a table. */
export function otherLaboratoriesTable(root: string): string {
  const read = (f: string) => JSON.parse(readFileSync(join(root, 'training/artifacts', f), 'utf8')) as OtherLaboratories;
  const rows = [read('other-laboratories-1.1.0.json'), read('other-laboratories.json')].map(
    (r) => `| ${r.model} | ${r.answers.adenocarcinoma} / ${r.answers.benign} / ${r.answers.squamous_cell_carcinoma} | ${r.atLeast90} | ${r.bands.likely} / ${r.bands.probably} / ${r.bands.uncertain} | ${r.unlikeTraining} | ${r.zoomed} | ${r.notAssessable} |`,
  );
  return [
    '| model | answers: adeno / benign / squamous | top class ≥ 90 % | worded Likely / Probably / Uncertain | flagged unlike training | zoomed | refused by the input check |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The reality proxy's runs (training/artifacts/proxy-check-<run>.json, training/proxy_check.py), in table order. */
export const PROXY_CHECK_RUNS = ['2.0.0', '2.0.0-greyscale', 'grey-a'] as const;
const PROXY_KINDS = ['combined', 'stain', 'histogram', 'fourier', 'scanner', 'field', 'air'] as const;

interface ProxyCheck {
  label: string;
  val: Report;
  kinds: Record<(typeof PROXY_KINDS)[number], Report>;
  mean_accuracy: number;
  shift_temperature: number;
  confident_wrong_at_shift_temperature: Record<string, number>;
}

export function readProxyCheck(root: string, run: string): ProxyCheck {
  return JSON.parse(readFileSync(join(root, 'training/artifacts', `proxy-check-${run}.json`), 'utf8')) as ProxyCheck;
}

/** Every candidate on the reality proxy, per kind of shift. */
export function proxyCheckTable(root: string): string {
  const rows = PROXY_CHECK_RUNS.map((run) => {
    const r = readProxyCheck(root, run);
    const c = r.kinds.combined;
    const wrongAfter = Object.values(r.confident_wrong_at_shift_temperature).reduce((a, b) => a + b, 0);
    return `| ${r.label} | ${pct(r.val.accuracy)} | **${pct(c.accuracy)}** | ${PROXY_KINDS.slice(1).map((k) => pct(r.kinds[k].accuracy)).join(' | ')} | ${pct(r.mean_accuracy)} | ${pct(c.recall.adenocarcinoma)} / ${pct(c.recall.benign)} / ${pct(c.recall.squamous_cell_carcinoma)} | ${c.confident_wrong} | ${wrongAfter} (T = ${r.shift_temperature.toFixed(2)}) |`;
  });
  const first = readProxyCheck(root, PROXY_CHECK_RUNS[0]);
  const n = first.kinds.combined.n;
  return [
    `| model | clean validation | combined (${n} images) | stain | histogram | fourier | scanner | field | air | mean of 7 | combined recall adeno / benign / squamous | combined wrong at ≥ 90 % (validation T) | all kinds wrong at ≥ 90 % (shift T; of ${(n * PROXY_KINDS.length).toLocaleString('en')}) |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export const BLOCKS: { file: string; name: string; body: (root: string) => string }[] = [
  { file: 'README.md', name: 'input-check', body: inputCheckSummary },
  { file: 'README.md', name: 'speed', body: speedLine },
  { file: 'model/MODEL_CARD.md', name: 'speed', body: speedLine },
  { file: 'model/MODEL_CARD.md', name: 'input-check', body: inputCheckSummary },
  { file: 'docs/INPUT_CHECK.md', name: 'input-check-results', body: inputCheckResults },
  { file: 'docs/INPUT_CHECK.md', name: 'stain-estimate-variants', body: stainEstimateVariants },
  { file: 'docs/INPUT_CHECK.md', name: 'input-check-latency', body: inputCheckLatency },
  { file: 'docs/INPUT_CHECK.md', name: 'tissue-coverage-results', body: tissueCoverageResults },
  { file: 'docs/TRUST.md', name: 'heat-map-faithfulness', body: heatMapFaithfulness },
  { file: 'docs/GENERALISATION.md', name: 'shift-check', body: shiftCheckTable },
  { file: 'docs/GENERALISATION.md', name: 'proxy-check', body: proxyCheckTable },
  { file: 'model/MODEL_CARD.md', name: 'proxy-check', body: proxyCheckTable },
  { file: 'docs/GENERALISATION.md', name: 'headline', body: headline },
  { file: 'docs/GENERALISATION.md', name: 'other-laboratories', body: otherLaboratoriesTable },
  { file: 'README.md', name: 'headline', body: headline },
  { file: 'model/MODEL_CARD.md', name: 'headline', body: headline },
  { file: 'model/MODEL_CARD.md', name: 'shift-check', body: shiftCheckTable },
  { file: 'model/MODEL_CARD.md', name: 'test-tables', body: testTables },
  { file: 'model/MODEL_CARD.md', name: 'data-split', body: dataSplitBlock },
  { file: 'README.md', name: 'lucian-speed', body: lucianSpeedBlock },
  { file: 'training/README.md', name: 'rebuild-groups', body: rebuildGroupsBlock },
];
