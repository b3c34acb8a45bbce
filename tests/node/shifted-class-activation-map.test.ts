/**
 * The heat map the extension shows for the bundled model on tfjs-wasm: 7×7 from four copies
 * shifted at the last stage's input, each exact; faithful on the 12 tissue fixtures (deleting its top cells lowers the
 * shown class more than deleting random cells); for a zoomed image, laid over the whole image
 * from the windows that gave the answer.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/core/classifier';
import { loadModelRunner, type ModelRunner, type PositionalRun } from '../../src/core/model-runner';
import { prepareInput } from '../../src/core/prepare-input';
import { SHIFTS_PER_AXIS, shiftedCopies } from '../../src/core/shifted-class-activation-map';
import { deletionTest } from '../../scripts/trust/heat-map-deletion';
import { FIXTURES, diskModel, readMetadata, readPng, readReferences, startWasm } from '../helpers/node-model';
import { lowMagnificationFigure } from '../helpers/low-magnification';
import { readdirSync } from 'node:fs';

const meta = readMetadata();
const refs = readReferences();
let classifier: Classifier;
let runner: ModelRunner;

beforeAll(async () => {
  expect(await startWasm()).toBe(true);
  classifier = await createClassifier(tf, { model: diskModel(), metadata: meta });
  runner = await loadModelRunner(tf, diskModel());
}, 120_000);
afterAll(() => {
  classifier?.dispose();
  runner?.dispose();
});

describe('heat map from shifted copies', () => {
  it('is a 7×7 map of the top class over the whole 224-px input', async () => {
    const image = readPng(join(FIXTURES, refs[0].png));
    const map = await classifier.explain(image);
    const answer = await classifier.classify(image);
    expect([map.rows, map.cols, map.extent]).toEqual([7, 7, undefined]);
    expect(meta.labels[map.classIndex]).toBe(answer.top.label);
    expect(Math.max(...map.values)).toBeCloseTo(1, 6);
    expect(Math.min(...map.values)).toBeGreaterThanOrEqual(0);
  });

  const expectExactCopies = (run: PositionalRun, plain: Float32Array, images: number) => {
    const { rows, cols, classes } = run;
    const n2 = SHIFTS_PER_AXIS ** 2;
    expect(run.batch).toBe(images * n2);
    for (let i = 0; i < images; i++) {
      for (let k = 0; k < classes; k++) expect(Math.abs(run.logits[i * n2 * classes + k] - plain[i * classes + k])).toBeLessThan(1e-4);
    }
    for (let p = 0; p < images * n2; p++) {
      for (let k = 0; k < classes; k++) {
        let sum = 0;
        for (let s = 0; s < rows * cols; s++) sum += run.contributions[(p * rows * cols + s) * classes + k];
        expect(Math.abs(sum / (rows * cols) - run.logits[p * classes + k])).toBeLessThan(1e-4);
      }
    }
  };

  it('shifts the last stage’s input, runs the unshifted copy as the classified input, and each copy is exact', async () => {
    const { input } = prepareInput(readPng(join(FIXTURES, refs[1].png)), meta.input);
    const run = (await runner.runShiftedPositional(input, 1, SHIFTS_PER_AXIS))!;
    expect([run.rows, run.cols]).toEqual([3, 3]);
    expectExactCopies(run, await runner.run(input), 1);
  });

  it('keeps each image’s copies together in a batch of several images', async () => {
    const inputs = refs.slice(0, 3).map((r) => prepareInput(readPng(join(FIXTURES, r.png)), meta.input).input);
    const batch = new Float32Array(inputs.length * inputs[0].length);
    inputs.forEach((x, i) => batch.set(x, i * x.length));
    expectExactCopies((await runner.runShiftedPositional(batch, inputs.length, SHIFTS_PER_AXIS))!, await runner.run(batch, inputs.length), inputs.length);
  });

  it('shifting the input instead (the earlier way) also runs the classified input as copy 0', async () => {
    const { input } = prepareInput(readPng(join(FIXTURES, refs[1].png)), meta.input);
    const n = SHIFTS_PER_AXIS;
    expectExactCopies((await runner.runPositional(shiftedCopies(input, 224, 32, n), n * n))!, await runner.run(input), 1);
  });

  it('is faithful on the 12 tissue fixtures: its top fifth of cells deleted lowers the shown class more than random cells', async () => {
    let top = 0;
    let random = 0;
    for (const [i, r] of refs.entries()) {
      const image = readPng(join(FIXTURES, r.png));
      const d = await deletionTest(runner, meta.temperature, prepareInput(image, meta.input).input, await classifier.explain(image), 1000 + i);
      top += d.topDrop / refs.length;
      random += d.randomDrop / refs.length;
    }
    console.log(`deletion on ${refs.length} fixtures: top cells ${(top * 100).toFixed(1)} points, random ${(random * 100).toFixed(1)} points`);
    expect(top).toBeGreaterThan(random);
  }, 300_000);

  it('with TTA on, explains the class the 8 views agree on, as the card shows it', async () => {
    for (const r of refs.slice(0, 4)) {
      const image = readPng(join(FIXTURES, r.png));
      const answer = await classifier.classify(image, { tta: true });
      expect(meta.labels[(await classifier.explain(image, undefined, { tta: true })).classIndex]).toBe(answer.top.label);
    }
  }, 120_000);

  it('does not leak tensors', async () => {
    const image = readPng(join(FIXTURES, refs[0].png));
    await classifier.explain(image);
    const before = tf.memory().numTensors;
    await classifier.explain(image);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('heat map of a zoomed image', () => {
  it('covers the whole image from the windows that gave the answer, for the class the card shows', async () => {
    const figure = lowMagnificationFigure('squamous', readdirSync(FIXTURES));
    const answer = await classifier.classify(figure, { tta: true });
    expect(answer.agreement?.of).toBe('windows');
    expect(answer.agreement?.withoutTta).toBe(true);
    const map = await classifier.explain(figure);
    expect(map.windows?.length).toBe(answer.agreement!.views);
    expect(meta.labels[map.classIndex]).toBe(answer.top.label);
    expect(map.rows).toBeGreaterThanOrEqual(7);
    expect(map.cols).toBe(map.rows);
    for (const w of map.windows!) {
      expect(w.x + w.width).toBeLessThanOrEqual(1);
      expect(w.y + w.height).toBeLessThanOrEqual(1);
    }
  }, 120_000);
});
