// Measures the JavaScript the extension ships, per target, and writes the "Bundle size"
// block of docs/PERFORMANCE.md.
//
//   npm run bench:bundle                              # this checkout → bundle-size-after.json
//   npm run bench:bundle -- --ref 54d6c18 --label before   # a past commit, built from git
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkoutRef, currentCommit } from './checkout-ref';
import { measureBuild } from './measure-build';
import type { BundleResult } from './report';
import { writeDocs } from '../docs/blocks';

const root = resolve(import.meta.dirname, '../..');
const results = join(root, 'bench/results');
const { values } = parseArgs({ options: { ref: { type: 'string' }, label: { type: 'string', default: 'after' } } });

const checkout = values.ref ? checkoutRef(root, values.ref) : null;
try {
  const dir = checkout?.dir ?? root;
  const result: BundleResult = {
    label: values.label!,
    commit: checkout?.commit ?? currentCommit(root),
    measuredAt: new Date().toISOString().slice(0, 10),
    targets: { chrome: await measureBuild(dir, 'chrome'), firefox: await measureBuild(dir, 'firefox') },
  };
  const file = join(results, `bundle-size-${result.label}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${file.slice(root.length + 1)}: Firefox TF.js chunk ${result.targets.firefox.inferenceChunk.bytes} B, Chrome offscreen chunk ${result.targets.chrome.inferenceChunk.bytes} B`);
} finally {
  checkout?.remove();
}
writeDocs(root);
