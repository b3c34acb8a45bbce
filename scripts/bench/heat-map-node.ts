// `npm run bench:heat-map`: times the heat map both ways in Node on the bundled model and
// writes bench/results/heat-map-node.json and the heat-map block of docs/PERFORMANCE.md.
//  - Grad-CAM as the extension ran it before: switch to the CPU backend (WASM has no
//    gradient kernels), Grad-CAM at stage 2 (14×14) on a second model copy, switch back;
//  - the one-pass 3×3 class-activation map on WASM (before);
//  - the 7×7 map from four shifted input copies in one batch (before);
//  - the 7×7 map as it runs now, through the classifier: stages 1–3 once, the last stage on
//    four shifted windows of their features.
// Also reports how far the two agree (rank correlation) on the 12 tissue fixtures.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { classActivationMap } from '../../src/core/class-activation-map';
import { createClassifier } from '../../src/core/classifier';
import { gradCam } from '../../src/core/grad-cam';
import type { HeatMap } from '../../src/core/heat-map';
import { loadModelRunner } from '../../src/core/model-runner';
import { prepareInput } from '../../src/core/prepare-input';
import { rankCorrelation } from '../../src/core/rank-correlation';
import { SHIFTS_PER_AXIS, gridStride, shiftedClassActivationMap, shiftedCopies } from '../../src/core/shifted-class-activation-map';
import { withBackend } from '../../src/core/with-backend';
import { FIXTURES, ROOT, diskModel, readMetadata, readPng, readReferences, startWasm } from '../../tests/helpers/node-model';
import { writeDocs } from '../docs/blocks';
import { heatMapBlock, type HeatMapResult } from './heat-map-report';
import { machineInfo } from './machine';
import { percentile, summarize } from './stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const GRAD_CAM_RUNS = quick ? 1 : 10;
const CAM_RUNS = quick ? 2 : 30;
const LAST_STAGE = 's3b1_add';

const meta = readMetadata();
const refs = readReferences();
const image = readPng(join(FIXTURES, 'squamous_cell_carcinoma-lungscc2446.png'));
const input = (png: string) => prepareInput(readPng(join(FIXTURES, png)), meta.input).input;

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm: XNNPACK operators, the CPU copy's first gradient pass
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Block means of a 14×14 stage-2 map under each 3×3 last-stage cell (4×4 blocks: two 2×2 strided downsamplings). */
function poolToLastStage(m: HeatMap): number[] {
  return Array.from({ length: 9 }, (_, i) => {
    const [r, c] = [Math.floor(i / 3), i % 3];
    let s = 0;
    for (let y = 4 * r; y < 4 * r + 4; y++) for (let x = 4 * c; x < 4 * c + 4; x++) s += m.values[y * m.cols + x];
    return s / 16;
  });
}

if (!(await startWasm())) throw new Error('tfjs-wasm did not start');
const classifier = await createClassifier(tf, { model: diskModel(), metadata: meta });
const wasmRunner = await loadModelRunner(tf, diskModel());
const cpuRunner = await withBackend(tf, 'cpu', () => loadModelRunner(tf, diskModel()));
const shape: [number, number, number] = [224, 224, 3];

const gradCamMs = await time(GRAD_CAM_RUNS, () => withBackend(tf, 'cpu', async () => gradCam(tf, cpuRunner, prepareInput(image, meta.input).input, shape)));
const onePassMs = await time(CAM_RUNS, async () => classActivationMap((await wasmRunner.runPositional(prepareInput(image, meta.input).input))!, undefined, shape[1]));
const inputCopiesMs = await time(CAM_RUNS, async () => {
  const n = SHIFTS_PER_AXIS;
  const run = (await wasmRunner.runPositional(shiftedCopies(prepareInput(image, meta.input).input, shape[1], gridStride(wasmRunner.positionalGrid![1], shape[1]) / n, n), n * n))!;
  return shiftedClassActivationMap(run, shape[1], undefined, n);
});
const camMs = await time(CAM_RUNS, () => classifier.explain(image));

let parityMaxAbs = 0;
const sameLayer: number[] = [];
const shipped: number[] = [];
for (const r of refs) {
  const run = (await wasmRunner.runPositional(input(r.png)))!;
  for (let k = 0; k < run.classes; k++) {
    let sum = 0;
    for (let s = 0; s < run.rows * run.cols; s++) sum += run.contributions[s * run.classes + k];
    parityMaxAbs = Math.max(parityMaxAbs, Math.abs(sum / (run.rows * run.cols) - run.logits[k]));
  }
  const [last, stage2] = await withBackend(tf, 'cpu', async () => [gradCam(tf, cpuRunner, input(r.png), shape, LAST_STAGE), gradCam(tf, cpuRunner, input(r.png), shape)]);
  sameLayer.push(rankCorrelation(classActivationMap(run, last.classIndex).values, last.values));
  shipped.push(rankCorrelation(classActivationMap(run, stage2.classIndex).values, poolToLastStage(stage2)));
}
const spread = (against: string, xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b); // not summarize(): it rounds to 0.1 (made for ms)
  return { against, fixtures: xs.length, median: percentile(s, 0.5), min: s[0], max: s[s.length - 1] };
};

const result: HeatMapResult = {
  date: new Date().toISOString().slice(0, 10),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  machine: machineInfo(),
  tfjs: tf.version.tfjs,
  timings: [
    { method: 'Grad-CAM (before): CPU-backend copy, stage 2', backend: 'cpu (switched from wasm)', grid: '14×14', ms: summarize(gradCamMs) },
    { method: 'class-activation map (before): one pass', backend: 'wasm', grid: '3×3', ms: summarize(onePassMs) },
    { method: 'class-activation map (before): 4 shifted input copies, one batch', backend: 'wasm', grid: '7×7', ms: summarize(inputCopiesMs) },
    { method: 'class-activation map (now): stages 1–3 once, last stage on 4 shifted feature windows', backend: 'wasm', grid: '7×7', ms: summarize(camMs) },
  ],
  parityMaxAbs,
  agreement: [
    spread(`Grad-CAM at the same layer (\`${LAST_STAGE}\`, 3×3)`, sameLayer),
    spread('Grad-CAM as shown before (stage 2, 14×14, 4×4 block means under each 3×3 cell)', shipped),
  ],
};
console.log(heatMapBlock(result));
if (quick) {
  console.log('--quick: nothing written');
} else {
  writeFileSync(join(ROOT, 'bench/results/heat-map-node.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeDocs(ROOT);
}
classifier.dispose();
wasmRunner.dispose();
cpuRunner.dispose();
