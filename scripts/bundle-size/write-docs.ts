/** Fills the bundle-size block of docs/PERFORMANCE.md from the recorded results. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillBlock } from '../trust/generalisation-numbers';
import { bundleBlock, type BundleResult, type WakeResult } from './report';

export function writeBundleDocs(root: string): void {
  const results = join(root, 'bench/results');
  const read = <T>(name: string): T | undefined =>
    existsSync(join(results, name)) ? (JSON.parse(readFileSync(join(results, name), 'utf8')) as T) : undefined;
  const before = read<BundleResult>('bundle-size-before.json');
  const after = read<BundleResult>('bundle-size-after.json');
  if (!before || !after) {
    console.log('docs/PERFORMANCE.md not written: it needs both bench/results/bundle-size-before.json and -after.json.');
    return;
  }
  const doc = join(root, 'docs/PERFORMANCE.md');
  writeFileSync(doc, fillBlock(readFileSync(doc, 'utf8'), 'bundle-size', bundleBlock(before, after, read<WakeResult>('firefox-wake.json'))));
  console.log('docs/PERFORMANCE.md: bundle-size block written');
}
