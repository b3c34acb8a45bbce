// Runs the bundled TF.js model (WASM backend, as in browsers) over the cached validation
// and test splits, 8 dihedral views per image in one batch, and writes every view's
// logits to `<out>/tfjs-logits-<split>.json`. The wording-threshold and TTA scripts read
// these, so the numbers they report are the extension's own model, not PyTorch's.
//
//   npx vite-node -c scripts/node.config.ts scripts/trust/predict-splits.ts -- --cache training/cache
//   (the cache comes from training/data.py; `--splits val,test`, `--out` default = --cache)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { loadModelRunner } from '../../src/core/model-runner';
import { prepareInput } from '../../src/core/prepare-input';
import { dihedralViews, DIHEDRAL_VIEW_COUNT } from '../../src/core/dihedral-views';
import { diskModel, readMetadata, startWasm } from '../../tests/helpers/node-model';
import { readSplit, rgbaAt } from './read-npz';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { cache: { type: 'string', default: 'training/cache' }, out: { type: 'string' }, splits: { type: 'string', default: 'val,test' } },
});

if (!(await startWasm())) throw new Error('the tfjs wasm backend did not start');
const meta = readMetadata();
const runner = await loadModelRunner(tf, diskModel());
for (const name of values.splits!.split(',')) {
  const split = readSplit(join(values.cache!, `${name}.npz`));
  const logits: number[][] = [];
  const t0 = Date.now();
  for (let i = 0; i < split.count; i++) {
    const { input } = prepareInput(rgbaAt(split, i), meta.input);
    const out = await runner.run(dihedralViews(input, meta.input.width), DIHEDRAL_VIEW_COUNT);
    logits.push(Array.from(out, (v) => Math.round(v * 1e5) / 1e5));
    if (i % 200 === 0) console.error(`${name}: ${i}/${split.count} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const file = join(values.out ?? values.cache!, `tfjs-logits-${name}.json`);
  writeFileSync(file, JSON.stringify({ split: name, views: DIHEDRAL_VIEW_COUNT, labels: split.labels, logits }));
  console.error(`${name}: wrote ${file}`);
}
runner.dispose();
