/**
 * The bundled TF.js model (float16 weights, built in TypeScript) must reproduce the
 * training framework's probabilities on real test-split images, on the TF.js backends
 * that run in Node: cpu (the reference kernels) and wasm (what browsers run).
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/core/classifier';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import { FIXTURES, diskModel, readMetadata, readPng, readReferences } from '../helpers/node-model';

const TOLERANCE = 1e-3;
const meta = readMetadata();
const refs = readReferences();

describe.each(['cpu', 'wasm'])('bundled model on tfjs-%s', (backend) => {
  let classifier: Classifier;
  beforeAll(async () => {
    if (backend === 'wasm') tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    expect(await tf.setBackend(backend)).toBe(true);
    classifier = await createClassifier(tf, { model: diskModel(), metadata: meta });
  });
  afterAll(() => classifier?.dispose());

  it('has at least 4 fixtures per class from the test split', () => {
    for (const label of meta.labels) expect(refs.filter((r) => r.label === label).length).toBeGreaterThanOrEqual(4);
  });

  it.each(refs.map((r) => [r.png, r] as const))('matches PyTorch within 1e-3 on %s', async (_, ref) => {
    const result = await classifier.classify(readPng(join(FIXTURES, ref.png)));
    const expected = softmaxWithTemperature(ref.logits, meta.temperature);
    const got = result.probabilities.map((p) => p.probability);
    for (let i = 0; i < expected.length; i++) expect(Math.abs(got[i] - expected[i])).toBeLessThan(TOLERANCE);
    expect(result.backend).toBe(backend);
  });

  it('does not leak tensors', async () => {
    const image = readPng(join(FIXTURES, refs[0].png));
    await classifier.classify(image);
    const before = tf.memory().numTensors;
    await classifier.classify(image);
    await classifier.classify(image);
    expect(tf.memory().numTensors).toBe(before);
  });
});
