/**
 * Tile-map tiles are classified as one batch per message (Classifier.classifyBatch): each
 * tile's answer must be what classify() with zoom off gives it alone, on tfjs-wasm (what
 * browsers run), including the shift assessment that picks the temperature.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/core/classifier';
import { FIXTURES, diskModel, readMetadata, readPng, readReferences, startWasm } from '../helpers/node-model';

const meta = readMetadata();
const images = readReferences().map((r) => readPng(join(FIXTURES, r.png)));
let classifier: Classifier;

beforeAll(async () => {
  expect(await startWasm()).toBe(true);
  classifier = await createClassifier(tf, { model: diskModel(), metadata: meta });
});
afterAll(() => classifier?.dispose());

it('answers every tile of a batch as classify() answers it alone (probabilities within 1e-5, same shift)', async () => {
  const batch = await classifier.classifyBatch(images);
  expect(batch).toHaveLength(images.length);
  for (const [i, image] of images.entries()) {
    const alone = await classifier.classify(image, { zoom: false });
    batch[i].probabilities.forEach((p, k) => {
      expect(p.label).toBe(alone.probabilities[k].label);
      expect(Math.abs(p.probability - alone.probabilities[k].probability)).toBeLessThan(1e-5);
    });
    expect(batch[i].top.label).toBe(alone.top.label);
    expect(batch[i].shift?.unlikeTraining).toBe(alone.shift?.unlikeTraining);
    expect(batch[i].shift?.featureDistance).toBeCloseTo(alone.shift?.featureDistance ?? NaN, 3);
  }
});

it('does not leak tensors', async () => {
  await classifier.classifyBatch(images.slice(0, 4));
  const before = tf.memory().numTensors;
  await classifier.classifyBatch(images.slice(0, 4));
  expect(tf.memory().numTensors).toBe(before);
});
