// Every generated block of the documents, in one table: the block, the document it sits in
// (between `<!-- NAME:start -->` and `<!-- NAME:end -->`), the committed file it is made from,
// and its renderer. `npm run docs` writes them all (write-docs.ts);
// tests/node/docs-blocks.test.ts regenerates each and compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBlock, type BundleResult, type WakeResult } from '../bundle-size/report';
import { heatMapBlock, type HeatMapResult } from '../bench/heat-map-report';
import { dataSplitBlock, lucianSpeedBlock, rebuildGroupsBlock } from '../trust/data-blocks';
import { headline, otherLaboratoriesTable, proxyCheckTable, shiftCheckTable, testTables } from '../trust/generalisation-numbers';
import { inputCheckLatency, inputCheckResults, inputCheckSummary, stainEstimateVariants } from '../trust/input-check-blocks';
import { speedLine } from '../trust/speed-block';
import { tissueCoverageResults } from '../trust/tissue-coverage-block';
import { heatMapFaithfulness } from '../trust/heat-map-faithfulness-block';
import type { WordingSummary } from '../trust/wording-bands';
import { modelCardWordingTable, trustBandTable } from '../trust/wording-docs';
import { coldStartBlock } from './cold-start-block';
import { tileMapBlock } from './tile-map-block';
import { ttaViewsBlock } from './tta-views-block';

export interface DocBlock {
  block: string;
  doc: string;
  /** What it is made from (a file or a glob under the repository root), for readers and failures. */
  source: string;
  render: (root: string) => string;
}

const json = <T>(root: string, file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
const wording = (render: (s: WordingSummary) => string) => (root: string) => render(json<WordingSummary>(root, 'training/artifacts/wording-bands.json'));
const results = 'bench/results';

export const DOC_BLOCKS: DocBlock[] = [
  { block: 'headline', doc: 'README.md', source: 'model/metadata.json, training/artifacts/proxy-check-*.json, shift-check-*.json', render: headline },
  { block: 'input-check', doc: 'README.md', source: 'training/artifacts/input-check.json', render: inputCheckSummary },
  { block: 'speed', doc: 'README.md', source: 'bench/results/2026-11-30-amd-epyc-2c-input-check.json', render: speedLine },
  { block: 'lucian-speed', doc: 'README.md', source: 'bench/results/*.json', render: lucianSpeedBlock },
  { block: 'headline', doc: 'model/MODEL_CARD.md', source: 'model/metadata.json, training/artifacts/proxy-check-*.json, shift-check-*.json', render: headline },
  { block: 'speed', doc: 'model/MODEL_CARD.md', source: 'bench/results/2026-11-30-amd-epyc-2c-input-check.json', render: speedLine },
  { block: 'input-check', doc: 'model/MODEL_CARD.md', source: 'training/artifacts/input-check.json', render: inputCheckSummary },
  { block: 'proxy-check', doc: 'model/MODEL_CARD.md', source: 'training/artifacts/proxy-check-*.json', render: proxyCheckTable },
  { block: 'shift-check', doc: 'model/MODEL_CARD.md', source: 'training/artifacts/shift-check-*.json', render: shiftCheckTable },
  { block: 'test-tables', doc: 'model/MODEL_CARD.md', source: 'model/metadata.json', render: testTables },
  { block: 'data-split', doc: 'model/MODEL_CARD.md', source: 'training/artifacts/data-split.json', render: dataSplitBlock },
  { block: 'wording-table', doc: 'model/MODEL_CARD.md', source: 'training/artifacts/wording-bands.json', render: wording(modelCardWordingTable) },
  { block: 'headline', doc: 'docs/GENERALISATION.md', source: 'model/metadata.json, training/artifacts/proxy-check-*.json, shift-check-*.json', render: headline },
  { block: 'shift-check', doc: 'docs/GENERALISATION.md', source: 'training/artifacts/shift-check-*.json', render: shiftCheckTable },
  { block: 'proxy-check', doc: 'docs/GENERALISATION.md', source: 'training/artifacts/proxy-check-*.json', render: proxyCheckTable },
  { block: 'other-laboratories', doc: 'docs/GENERALISATION.md', source: 'training/artifacts/other-laboratories*.json', render: otherLaboratoriesTable },
  { block: 'input-check-results', doc: 'docs/INPUT_CHECK.md', source: 'training/artifacts/input-check.json', render: inputCheckResults },
  { block: 'stain-estimate-variants', doc: 'docs/INPUT_CHECK.md', source: 'training/artifacts/input-check.json', render: stainEstimateVariants },
  { block: 'input-check-latency', doc: 'docs/INPUT_CHECK.md', source: 'bench/results/*-input-check.json', render: inputCheckLatency },
  { block: 'tissue-coverage-results', doc: 'docs/INPUT_CHECK.md', source: 'training/artifacts/tissue-coverage.json', render: tissueCoverageResults },
  { block: 'heat-map-faithfulness', doc: 'docs/TRUST.md', source: 'training/artifacts/heat-map-faithfulness.json', render: heatMapFaithfulness },
  { block: 'wording-bands', doc: 'docs/TRUST.md', source: 'training/artifacts/wording-bands.json', render: wording(trustBandTable) },
  { block: 'rebuild-groups', doc: 'training/README.md', source: 'training/artifacts/rebuild-groups.json', render: rebuildGroupsBlock },
  { block: 'cold-start', doc: 'docs/PERFORMANCE.md', source: 'bench/results/cold-click-ab*.json', render: coldStartBlock },
  { block: 'tile-map', doc: 'docs/PERFORMANCE.md', source: 'bench/results/tile-batch-node.json, tile-map-*.txt', render: tileMapBlock },
  { block: 'tta-views', doc: 'docs/PERFORMANCE.md', source: 'bench/results/tta-views.json', render: ttaViewsBlock },
  { block: 'heat-map', doc: 'docs/PERFORMANCE.md', source: 'bench/results/heat-map-node.json', render: (root) => heatMapBlock(json<HeatMapResult>(root, `${results}/heat-map-node.json`)) },
  {
    block: 'bundle-size',
    doc: 'docs/PERFORMANCE.md',
    source: 'bench/results/bundle-size-before.json, bundle-size-after.json, firefox-wake.json',
    render: (root) => bundleBlock(json<BundleResult>(root, `${results}/bundle-size-before.json`), json<BundleResult>(root, `${results}/bundle-size-after.json`), json<WakeResult>(root, `${results}/firefox-wake.json`)),
  },
];

/**
 * Written by `npm run bench` from the run it has just made (the machine's load at the end,
 * the results file it writes), so there is nothing committed to regenerate them from.
 */
export const MEASURED_BLOCKS = [{ block: 'heat-map-browser', doc: 'docs/PERFORMANCE.md' }, { block: 'bench-round-two', doc: 'docs/PERFORMANCE.md' }];

/** Replaces the text between a block's markers; throws when the markers are missing. */
export function fillBlock(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`no ${name} block`);
  return `${doc.slice(0, a + start.length)}\n${body}\n${doc.slice(b)}`;
}

export function writeDocs(root: string): void {
  for (const b of DOC_BLOCKS) {
    const path = join(root, b.doc);
    const before = readFileSync(path, 'utf8');
    const after = fillBlock(before, b.block, b.render(root));
    if (after !== before) writeFileSync(path, after);
    console.log(`${b.doc}: ${b.block} ${after === before ? 'unchanged' : 'written'}`);
  }
}
