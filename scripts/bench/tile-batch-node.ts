// `npm run bench:tiles`: milliseconds per tile-map tile in Node on tfjs-wasm, everything the
// inference host does per tile (base64 decode, preprocessing with the stain and scale
// estimates, the model, postprocessing): one classify() per tile, as the host did before,
// against one classifyBatch() per message at a few batch sizes, and the per-tile steps
// around the model (base64 both ways, preprocessing). Prints a table; writes
// bench/results/tile-batch-node.json unless --quick. The browser figure (with cutting and
// messages) comes from tests/e2e/region-tilemap.e2e.test.ts.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { createClassifier } from '../../src/core/classifier';
import type { RgbaImage } from '../../src/core/types';
import { base64ToBytes, bytesToBase64 } from '../../src/shared/base64';
import { estimateNucleusScale } from '../../src/core/nucleus-scale';
import { prepareInput } from '../../src/core/prepare-input';
import { FIXTURES, ROOT, diskModel, readMetadata, readPng, readReferences, startWasm } from '../../tests/helpers/node-model';
import { machineInfo } from './machine';
import { summarize, type Summary } from './stats';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 1 : 5;
const BATCHES = [8, 16, 32];

if (!(await startWasm())) throw new Error('tfjs-wasm did not start');
const classifier = await createClassifier(tf, { model: diskModel(), metadata: readMetadata() });
// 32 tiles: the 12 tissue fixtures, repeated, as the page sends them (base64 RGBA).
const fixtures = readReferences().map((r) => readPng(join(FIXTURES, r.png)));
const wire = Array.from({ length: 32 }, (_, i) => bytesToBase64(new Uint8Array(fixtures[i % fixtures.length].data)));
const decode = (b64: string): RgbaImage => ({ width: 224, height: 224, data: base64ToBytes(b64) });

/** Per-tile ms of `fn` over all 32 tiles, one sample per round (after one warm round). */
async function perTile(fn: () => Promise<unknown>): Promise<Summary> {
  await fn();
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    await fn();
    samples.push((performance.now() - t0) / wire.length);
  }
  return summarize(samples);
}

const rows: { how: string; msPerTile: Summary }[] = [];
rows.push({ how: 'one classify() per tile (before)', msPerTile: await perTile(async () => { for (const b of wire) await classifier.classify(decode(b), { zoom: false }); }) });
for (const size of BATCHES) {
  rows.push({
    how: `classifyBatch(), ${size} tiles per pass`,
    msPerTile: await perTile(async () => { for (let i = 0; i < wire.length; i += size) await classifier.classifyBatch(wire.slice(i, i + size).map(decode)); }),
  });
}
classifier.dispose();

/** The encoder the page used before issue 18, kept here only to measure against. */
function formerBytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
/** Per-tile steps, ms per call over all 32 tiles (median of the rounds). */
async function step(how: string, fn: (i: number) => unknown) {
  rows.push({ how, msPerTile: await perTile(async () => { for (let i = 0; i < wire.length; i++) fn(i); }) });
}
const meta = readMetadata();
await step('step: base64 encode, former encoder', (i) => formerBytesToBase64(new Uint8Array(fixtures[i % fixtures.length].data)));
await step('step: base64 encode, table encoder', (i) => bytesToBase64(new Uint8Array(fixtures[i % fixtures.length].data)));
await step('step: base64 decode', (i) => base64ToBytes(wire[i]));
await step('step: prepareInput (resize, stain)', (i) => prepareInput(fixtures[i % fixtures.length], meta.input));
await step('step: nucleus-scale estimate', (i) => estimateNucleusScale(fixtures[i % fixtures.length]));
for (const r of rows) console.log(`${r.how.padEnd(36)} ${r.msPerTile.median.toFixed(1)} ms/tile (p10–p90 ${r.msPerTile.p10}–${r.msPerTile.p90}, ${r.msPerTile.n} rounds of ${wire.length})`);
if (!quick) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  writeFileSync(join(ROOT, 'bench/results/tile-batch-node.json'), `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), commit, machine: machineInfo(), tfjs: tf.version.tfjs, rows }, null, 2)}\n`);
  console.log('bench/results/tile-batch-node.json written; npm run docs puts it into docs/PERFORMANCE.md');
}
