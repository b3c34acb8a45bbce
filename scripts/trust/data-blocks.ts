// Blocks for figures that used to be typed by hand: the data split (training/make_split.py →
// training/artifacts/data-split.json), the grouping rebuild (training/rebuild_groups.py --sweep →
// training/artifacts/rebuild-groups.json), the heat map's agreement with Grad-CAM
// (bench/results/heat-map-node.json) and the imported LUCIAN architecture's speed (the bench run
// the speed line quotes). Registered in generalisation-numbers.ts's BLOCKS, so
// `npm run docs` writes them and tests/node/docs-blocks.test.ts fails on drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeatMapResult } from '../bench/heat-map-report';
import { SPEED_RESULTS } from './speed-block';

const read = <T>(root: string, file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
const n = (v: number) => v.toLocaleString('en');

export const DATA_SPLIT = 'training/artifacts/data-split.json';
export const REBUILD_GROUPS = 'training/artifacts/rebuild-groups.json';
export const HEAT_MAP = 'bench/results/heat-map-node.json';

type Label = 'adenocarcinoma' | 'benign' | 'squamous_cell_carcinoma';
export const CLASS_NAMES: Record<Label, string> = { adenocarcinoma: 'adenocarcinoma', benign: 'benign', squamous_cell_carcinoma: 'squamous cell carcinoma' };

export interface DataSplit {
  images: number;
  groups: number;
  splits: Record<'train' | 'val' | 'test', { images: number; groups: number; largest_group: number; largest_group_label: Label; by_class: Record<Label, { images: number; groups: number }> }>;
}

export const readDataSplit = (root: string) => read<DataSplit>(root, DATA_SPLIT);

export function dataSplitBlock(root: string): string {
  const d = readDataSplit(root);
  const { train, val, test } = d.splits;
  const largest = Object.entries(d.splits).sort((a, b) => b[1].largest_group - a[1].largest_group)[0];
  const where = { train: 'training', val: 'validation', test: 'test' }[largest[0] as 'train' | 'val' | 'test'];
  return [
    '- LC25000, lung subset (Borkowski AA, Bui MM, Thomas LB, Wilson CP, DeLand LA, Mastorides SM,',
    '  *Lung and Colon Cancer Histopathological Image Dataset (LC25000)*, arXiv:1912.12142, 2019),',
    `  James A. Haley Veterans' Hospital, Tampa; ${n(d.images)} images at 224×224 (downscaled from 768×768),`,
    `  with a grouping of near-copies (\`groups.csv\`: ${n(d.groups)} groups).`,
    `- Split (\`training/split.csv\`, counts in \`${DATA_SPLIT}\`): 70/15/15 **of the groups** of each class, seed 0 →`,
    `  train ${n(train.images)} images (${train.groups} groups), validation ${n(val.images)} (${val.groups}), test ${n(test.images)} (${test.groups}). Group sizes are`,
    `  uneven (one ${CLASS_NAMES[largest[1].largest_group_label]} ${where} group has ${largest[1].largest_group} images), so per-image metrics weigh some`,
    '  originals heavily.',
  ].join('\n');
}

export function dataSplitSentence(d: DataSplit): string {
  return `train ${n(d.splits.train.images)} / validation ${n(d.splits.val.images)} / test ${n(d.splits.test.images)} images`;
}

interface ClassResult { threshold: number; groups: number; shared_groups: number; adjusted_rand: number; exact_groups: number }
export interface RebuildGroups {
  images: number;
  attempts: {
    histogram: string;
    distance: string;
    linkage: string;
    classes: Record<Label, ClassResult>;
    splits: Record<'test' | 'val', { images: number; linked_to_another_split: number }>;
  }[];
  best: { histogram: string; distance: string; linkage: string };
  structure: {
    histogram: string;
    distance: string;
    classes: Record<Label, {
      groups: number;
      images: number;
      group_size: { min: number; median: number; max: number };
      single_image_groups: number;
      longest_internal_link: number;
      shortest_link_between_groups: number;
      groups_separable_alone: number;
      nearest_image_in_own_group: number;
    }>;
  };
}

export const readRebuildGroups = (root: string) => read<RebuildGroups>(root, REBUILD_GROUPS);

/** training/README.md: every attempt of rebuild_groups.py --sweep, and what the best one means for the held-out splits. */
export function rebuildGroupsBlock(root: string): string {
  const r = readRebuildGroups(root);
  const labels = Object.keys(CLASS_NAMES) as Label[];
  const same = (a: RebuildGroups['best'], b: RebuildGroups['best']) => a.histogram === b.histogram && a.distance === b.distance && a.linkage === b.linkage;
  const best = r.attempts.find((a) => same(a, r.best))!;
  const shared = labels.map((l) => r.attempts[0].classes[l].shared_groups);
  const rows = r.attempts.map((a) => {
    const cells = labels.map((l) => {
      const c = a.classes[l];
      return `${c.adjusted_rand.toFixed(3)} · ${c.exact_groups} of ${c.shared_groups} · ${c.groups}`;
    });
    const name = `${a.histogram}, ${a.distance}, ${a.linkage}`;
    return `| ${same(a, r.best) ? `**${name}**` : name} | ${cells.join(' | ')} |`;
  });
  const cross = (s: 'test' | 'val') => `${n(best.splits[s].linked_to_another_split)} of the ${n(best.splits[s].images)} ${s === 'test' ? 'test-split' : 'validation'} images`;
  return [
    `Measured on the ${n(r.images)} images by \`rebuild_groups.py --sweep\` (\`${REBUILD_GROUPS}\`). Each cell: adjusted Rand index · shared groups reproduced image for image · rebuilt groups (shared: ${shared.join(' / ')}), at the threshold that agrees best with the shared grouping for that class:`,
    '',
    `| histogram, distance, linkage | ${labels.map((l) => CLASS_NAMES[l]).join(' | ')} |`,
    `|---|${labels.map(() => '---').join('|')}|`,
    ...rows,
    '',
    `The best (bold) links ${cross('test')} (and ${cross('val')}) to an image in another split.`,
    '',
    `The shared groups under ${r.structure.histogram}, ${r.structure.distance} (a group can come out of a single-linkage cut only if its longest internal link is shorter than its distance to every other group):`,
    '',
    `| | ${labels.map((l) => CLASS_NAMES[l]).join(' | ')} |`,
    `|---|${labels.map(() => '---').join('|')}|`,
    ...([
      ['group size min / median / max', (c) => `${c.group_size.min} / ${c.group_size.median} / ${c.group_size.max}`],
      ['single-image groups', (c) => `${c.single_image_groups}`],
      ['images whose nearest image is in their own group', (c) => `${n(c.nearest_image_in_own_group)} of ${n(c.images)}`],
      ['longest link inside a group', (c) => c.longest_internal_link.toFixed(3)],
      ['shortest link between two groups', (c) => c.shortest_link_between_groups.toFixed(3)],
      ['groups a threshold could cut out alone', (c) => `${c.groups_separable_alone} of ${c.groups}`],
    ] as [string, (c: RebuildGroups['structure']['classes'][Label]) => string][]).map(([name, f]) => `| ${name} | ${labels.map((l) => f(r.structure.classes[l])).join(' | ')} |`),
  ].join('\n');
}

/** docs/TRUST.md's heat-map prose sits inside list items, so instead of a block the test checks it contains these phrases. */
export function heatMapPhrases(root: string): string[] {
  const r = read<HeatMapResult>(root, HEAT_MAP);
  // Grad-CAM, the one-pass map, then the 7×7 variants; the last is the one shown.
  const [before, now, ...finer] = r.timings;
  const shifted = finer.at(-1);
  const [sameLayer, asShown] = r.agreement;
  const ms = (v: number) => (v >= 1000 ? `~${(v / 1000).toFixed(0)} s` : `~${v.toFixed(0)} ms`);
  const rho = (v: number) => v.toFixed(2).replace('-', '−');
  return [
    `(${r.parityMaxAbs.toExponential(1)} measured,`,
    `${ms(now.ms.median)} instead of ${ms(before.ms.median)}`,
    ...(shifted ? [`the 7×7 map shown takes ${ms(shifted.ms.median)}`] : []),
    `on the ${sameLayer.fixtures} tissue fixtures: median ${rho(sameLayer.median)} at the same layer, ${rho(asShown.median)} against`,
    `(lowest ρ ${rho(sameLayer.min)} at the same layer)`,
    `About ${(before.ms.median / 1000).toFixed(0)} s per map here.`,
  ];
}

interface BenchCase { model: string; backend: string; variant: string; firstMs: number; loadMs: number; warm: { median: number; n: number } }
interface BenchRun { date: string; cases: BenchCase[]; models: { original: { parameters: number; bytes: number } } }

/** README: what the imported LUCIAN model costs, from the bench run with the same architecture (random weights). */
export function lucianSpeedBlock(root: string): string {
  const run = read<BenchRun>(root, SPEED_RESULTS);
  const find = (model: string, variant: string) => {
    const c = run.cases.find((x) => x.model === model && x.backend === 'wasm' && x.variant === variant);
    if (!c) throw new Error(`${SPEED_RESULTS}: no WASM case ${model}/${variant}`);
    return c;
  };
  const orig = find('original', 'compiled');
  const layers = find('original', 'layers');
  const ours = find('ours', 'compiled');
  const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
  return `- Speed, measured by \`npm run bench\` (${run.date.slice(0, 10)}, 2-core machine, Chromium, WebAssembly backend;
  \`${SPEED_RESULTS}\`) with a random-weight model of the same structure (${(run.models.original.parameters / 1e6).toFixed(1)} M
  parameters): ${s(orig.warm.median)} per image warm (${s(layers.warm.median)} with plain tfjs-layers), ${s(orig.loadMs + orig.firstMs)} to load and run the
  first one, against ${ours.warm.median.toFixed(0)} ms for the bundled model in the same run. See
  [docs/KERAS_IMPORT.md](docs/KERAS_IMPORT.md).`;
}

/** docs/TRUST.md's TTA latency sentence, from the bench run the speed line quotes. */
export function ttaLatencyPhrase(root: string): string {
  const run = read<BenchRun>(root, SPEED_RESULTS);
  const warm = (variant: string) => run.cases.find((c) => c.model === 'ours' && c.backend === 'wasm' && c.variant === variant)!.warm;
  const one = warm('compiled');
  const tta = warm('compiled, TTA 8 views') as { median: number; n: number };
  return `\`${SPEED_RESULTS}\` gives ${one.median.toFixed(0)} ms single view vs **${tta.median.toFixed(0)} ms** for the 8-view batch (compiled executor, WASM, median of ${tta.n} warm runs, same run)`;
}
