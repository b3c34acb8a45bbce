/**
 * The classifier's trust features on the bundled model and real fixtures: TTA over the 8
 * dihedral views in one batch equals running the views one by one, the input check rides
 * along with every result, and the model cut used by Grad-CAM reproduces the full model.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/core/classifier';
import { combineViews } from '../../src/core/combine-views';
import { dihedralViews } from '../../src/core/dihedral-views';
import { explanationLayer } from '../../src/core/grad-cam';
import { loadModelRunner, type ModelRunner } from '../../src/core/model-runner';
import { postprocess } from '../../src/core/postprocess';
import { preprocess } from '../../src/core/preprocess';
import { diskModel, FIXTURES, readMetadata, readPng, startWasm } from '../helpers/node-model';

const meta = readMetadata();
let classifier: Classifier;
let runner: ModelRunner;
const squamous = readPng(join(FIXTURES, 'squamous_cell_carcinoma-lungscc2446.png'));

beforeAll(async () => {
  await tf.setBackend('cpu');
  classifier = await createClassifier(tf, { model: diskModel(), metadata: meta });
  runner = await loadModelRunner(tf, diskModel());
});
afterAll(() => {
  classifier.dispose();
  runner.dispose();
});

describe('test-time augmentation', () => {
  it('equals the mean logits of the 8 views run one at a time, and reports their agreement', async () => {
    const result = await classifier.classify(squamous, { tta: true });
    const views = dihedralViews(preprocess(squamous, meta.input), 224);
    const single: number[] = [];
    for (let v = 0; v < 8; v++) single.push(...(await runner.run(views.slice(v * 224 * 224 * 3, (v + 1) * 224 * 224 * 3))));
    const want = postprocess(combineViews(single, 8).logits, meta);
    result.probabilities.forEach((p, i) => expect(p.probability).toBeCloseTo(want.probabilities[i].probability, 4));
    expect(result.agreement?.views).toBe(8);
    expect(result.agreement?.agreeing).toBeGreaterThanOrEqual(5);
    expect(result.top.label).toBe('squamous_cell_carcinoma');
  });

  it('is absent without TTA, where the probabilities are the single view', async () => {
    const result = await classifier.classify(squamous);
    const want = postprocess(await runner.run(preprocess(squamous, meta.input)), meta);
    expect(result.agreement).toBeUndefined();
    result.probabilities.forEach((p, i) => expect(p.probability).toBeCloseTo(want.probabilities[i].probability, 5));
  });
});

describe('input check in the classifier', () => {
  it('rides along when asked for, and the model still answers (for "classify anyway")', async () => {
    const grey = { ...squamous, data: squamous.data.map((_, i) => (i % 4 === 3 ? 255 : squamous.data[i - (i % 4)])) };
    const result = await classifier.classify(grey, { inputCheck: 'standard' });
    expect(result.inputCheck).toMatchObject({ assessable: false, reason: expect.stringMatching(/greyscale/) });
    expect(result.probabilities).toHaveLength(3);
    expect((await classifier.classify(squamous, { inputCheck: 'standard' })).inputCheck?.assessable).toBe(true);
    expect((await classifier.classify(grey, { inputCheck: 'off' })).inputCheck).toBeUndefined();
  });
});

describe('model cut for Grad-CAM', () => {
  it('head then tail gives the full model output', async () => {
    const input = preprocess(squamous, meta.input);
    const full = await runner.run(input);
    // Found from the structure: the bundled model's stage-2 output, as chosen in docs/TRUST.md.
    const layer = explanationLayer(runner.cuts, 224);
    expect(layer).toBe('s1b1_add');
    const { head, tail } = runner.split(layer);
    const cut = tf.tidy(() => tail(head(tf.tensor4d(input, [1, 224, 224, 3])))).dataSync();
    Array.from(full).forEach((v, i) => expect(cut[i]).toBeCloseTo(v, 4));
    // Inside a block, the residual connection crosses the cut.
    expect(() => runner.split('s1b1_dwconv')).toThrow(/s1b1_add reads from before s1b1_dwconv/);
    // Every cut the runner offers really is one.
    expect(runner.cuts.length).toBeGreaterThan(10);
    for (const c of runner.cuts) expect(() => runner.split(c.name), c.name).not.toThrow();
    expect(runner.cuts.map((c) => c.name)).not.toContain('s1b1_dwconv');
  });

  it('explains through the classifier queue, with the exact class-activation map for this head', async () => {
    const map = await classifier.explain(squamous);
    expect(map.values).toHaveLength(map.rows * map.cols);
    expect(map.classIndex).toBe(2);
    expect(map.method).toBe('class-activation');
  });
});

describe('explanations on the WASM backend', () => {
  // The bundled model's head decomposes, so its map needs no gradients and stays on WASM
  // (Grad-CAM's switch to the CPU backend is covered by tests/e2e/imported-model.e2e.test.ts).
  it('run on WASM itself as a class-activation map, and classification is unchanged afterwards', async () => {
    expect(await startWasm()).toBe(true);
    const onWasm = await createClassifier(tf, { model: diskModel(), metadata: meta });
    try {
      const before = await onWasm.classify(squamous);
      const map = await onWasm.explain(squamous);
      expect(map.method).toBe('class-activation');
      expect(tf.getBackend()).toBe('wasm');
      expect(map.rows * map.cols).toBe(map.values.length);
      const after = await onWasm.classify(squamous);
      expect(after.backend).toBe('wasm');
      after.probabilities.forEach((p, i) => expect(p.probability).toBeCloseTo(before.probabilities[i].probability, 6));
    } finally {
      onWasm.dispose();
      await tf.setBackend('cpu');
    }
  });
});
