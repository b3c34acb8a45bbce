/**
 * What `npm run import-keras` writes: a plain model.json + shards and a metadata.json that
 * the extension's own classifier (preprocess → model → postprocess) runs as it is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLayersModel, type WeightFormat } from '../../scripts/lib/write-layers-model';
import { createClassifier } from '../../src/core/classifier';
import { checkMetadata, type ModelMetadata } from '../../src/core/model-metadata';
import type { RgbaImage } from '../../src/core/types';
import { convertKeras } from '../../src/keras/convert';
import { importMetadata } from '../../src/keras/import-metadata';
import { pattern, readKerasFixture, readKerasReference } from '../helpers/keras-fixtures';
import { diskModel } from '../helpers/node-model';

const dir = mkdtempSync(join(tmpdir(), 'keras-import-'));
beforeAll(async () => {
  expect(await tf.setBackend('cpu')).toBe(true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportFixture(fixture: string, format: WeightFormat): Promise<{ out: string; metadata: ModelMetadata }> {
  const imported = convertKeras(tf, readKerasFixture(fixture), fixture);
  const out = join(dir, `${fixture}-${format}`);
  const weights = await writeLayersModel(imported.model, out, format, 'test');
  imported.model.dispose();
  return { out, metadata: checkMetadata(importMetadata(imported, { fileName: fixture, weights, weightFormat: format })) };
}

/** The reference inputs as the RGBA bytes a page image would give (values are integers 0–255). */
function rgbaImages(ref: ReturnType<typeof readKerasReference>): RgbaImage[] {
  const x = tf.tidy(() => pattern({ ...ref, input: { ...ref.input, scale: '1' } }).round());
  const data = x.dataSync();
  const { size } = ref.input;
  x.dispose();
  return Array.from({ length: ref.input.batch }, (_, b) => {
    const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
    for (let p = 0; p < size * size; p++) for (let c = 0; c < 3; c++) rgba[p * 4 + c] = data[(b * size * size + p) * 3 + c];
    return { width: size, height: size, data: rgba };
  });
}

describe.each([['float32', 1e-5], ['float16', 2e-2]] as const)('mini ConvNeXt exported with %s weights', (format, tolerance) => {
  it(`runs in the extension's classifier and matches Keras within ${tolerance}`, async () => {
    const { out, metadata } = await exportFixture('convnext-mini.keras', format);
    expect(metadata).toMatchObject({ displayNames: ['Adenocarcinoma', 'Benign Tissue', 'Squamous Cell Carcinoma'],
      input: { width: 224, height: 224, range: [0, 1], resize: 'nearest' }, output: 'probabilities', temperature: 1, labelsGuessed: true });
    const classifier = await createClassifier(tf, { model: diskModel(out), metadata });
    const ref = readKerasReference('convnext-mini.reference.json');
    const images = rgbaImages(ref);
    for (let b = 0; b < images.length; b++) {
      const result = await classifier.classify(images[b]);
      // LUCIAN's names are only a guess from the shape: every result carries the flag.
      expect(result.model.labelsGuessed).toBe(true);
      const got = result.probabilities.map((p) => p.probability);
      for (let k = 0; k < 3; k++) expect(Math.abs(got[k] - ref.outputs[b][k])).toBeLessThan(tolerance);
    }
    classifier.dispose();
  });
});

describe('a model that is not LUCIAN-shaped (potato, with Rescaling inside)', () => {
  it('gets placeholder labels and raw-byte input, and its files load and match Keras', async () => {
    const { out, metadata } = await exportFixture('potato-sequential-keras3.9.0.keras', 'float32');
    expect(metadata.labels).toEqual(['class_0', 'class_1', 'class_2']);
    expect(metadata.input).toMatchObject({ width: 256, height: 256, range: [0, 255], resize: 'area' });
    expect(metadata.labelsGuessed).toBe(true);
    const classifier = await createClassifier(tf, { model: diskModel(out), metadata });
    const ref = readKerasReference('potato.reference.json');
    const got = (await classifier.classify(rgbaImages(ref)[1])).probabilities.map((p) => p.probability);
    for (let k = 0; k < 3; k++) expect(Math.abs(got[k] - ref.outputs[1][k])).toBeLessThan(1e-4);
    classifier.dispose();
  });
});

describe('uint8 weights', () => {
  it('load as plain TF.js files and give a probability distribution', async () => {
    const { out, metadata } = await exportFixture('convnext-mini.keras', 'uint8');
    const classifier = await createClassifier(tf, { model: diskModel(out), metadata });
    const ref = readKerasReference('convnext-mini.reference.json');
    const got = (await classifier.classify(rgbaImages(ref)[0])).probabilities.map((p) => p.probability);
    expect(got.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    classifier.dispose();
  });
});
