/**
 * The bundled model's path for images unlike the training tiles, in Node with the real model
 * (tfjs-wasm, as browsers run it): a tile at the training scale is classified whole; a figure
 * at a third of the magnification is cut into zoomed-in windows whose answers are averaged,
 * flagged as unlike the training images and never worded "Likely".
 */
import { readdirSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/core/classifier';
import { confidenceWording } from '../../src/core/confidence-wording';
import { lowMagnificationFigure } from '../helpers/low-magnification';
import { FIXTURES, ROOT, diskModel, readMetadata, readPng, startWasm } from '../helpers/node-model';

const meta = readMetadata();
const files = readdirSync(FIXTURES);

describe('classifier on shifted input (bundled model, tfjs-wasm)', () => {
  let classifier: Classifier;
  beforeAll(async () => {
    expect(await startWasm()).toBe(true);
    classifier = await createClassifier(tf, { model: diskModel(), metadata: meta });
  });
  afterAll(() => classifier?.dispose());

  it('ships the training stain, a scale calibration and a shift temperature', () => {
    expect((meta.input.stainNormalisation ?? meta.input.stainReference)?.method).toBe('macenko');
    expect(meta.input.scale?.nucleusDiameterPx).toBeGreaterThan(0);
    expect(meta.shiftTemperature).toBeGreaterThanOrEqual(meta.temperature);
  });

  it('classifies a training-scale tile whole', async () => {
    const result = await classifier.classify(readPng(`${FIXTURES}/benign-lungn1945.png`));
    expect(result.shift?.zoomWindows).toBe(0);
    expect(result.shift?.relativeScale).toBeGreaterThan(meta.input.scale!.zoomBelow);
    expect(result.agreement).toBeUndefined();
  });

  it.each(['adenocarcinoma', 'benign', 'squamous_cell_carcinoma'])('zooms into a 1/3-magnification %s figure', async (label) => {
    const figure = lowMagnificationFigure(label, files);
    const result = await classifier.classify(figure);
    expect(result.shift!.relativeScale!).toBeLessThan(meta.input.scale!.zoomBelow);
    expect(result.shift!.zoomWindows).toBeGreaterThanOrEqual(4);
    expect(result.shift!.unlikeTraining).toBe(true);
    expect(result.shift!.notes.join(' ')).toMatch(/zoomed-in windows were classified and averaged/);
    expect(result.agreement).toMatchObject({ of: 'windows', views: result.shift!.zoomWindows });
    expect(confidenceWording(result.probabilities, undefined, true).band).not.toBe('likely');
    const sum = result.probabilities.reduce((a, p) => a + p.probability, 0);
    expect(sum).toBeCloseTo(1, 6);
  });

  it('does not zoom when asked not to (tile-map tiles)', async () => {
    const result = await classifier.classify(lowMagnificationFigure('benign', files), { zoom: false });
    expect(result.shift!.zoomWindows).toBe(0);
    expect(result.shift!.notes.join(' ')).toMatch(/Lower magnification than the training images: treat/);
  });

  it('scores its own features in the same pass: LC25000 test tiles are like the training images, a chart is not', async () => {
    const score = meta.inputCheck!.featureScore!;
    for (const f of files.filter((x) => x.endsWith('.png'))) {
      const result = await classifier.classify(readPng(`${FIXTURES}/${f}`));
      expect(result.shift!.featureDistance!).toBeLessThan(score.unlikeAbove);
      expect(result.shift!.notes.join(' ')).not.toMatch(/Unlike the H&E images/);
    }
    const chart = await classifier.classify(readPng(`${ROOT}/tests/fixtures/negatives/chart-grid3.png`));
    expect(chart.shift!.featureDistance!).toBeGreaterThan(score.unlikeAbove);
    expect(chart.shift!.unlikeTraining).toBe(true);
    expect(chart.shift!.notes.join(' ')).toMatch(/Unlike the H&E images the model was trained on/);
    // Flagged answers use the shift temperature and are never worded "Likely".
    expect(confidenceWording(chart.probabilities, undefined, chart.shift!.unlikeTraining).band).not.toBe('likely');
  });

  it('scores zoom windows and test-time-augmented views too (median over the batch)', async () => {
    const zoomed = await classifier.classify(lowMagnificationFigure('squamous_cell_carcinoma', files));
    expect(zoomed.shift!.featureDistance).toBeGreaterThan(0);
    const tta = await classifier.classify(readPng(`${FIXTURES}/benign-lungn1945.png`), { tta: true });
    expect(tta.agreement?.views).toBe(8);
    expect(tta.shift!.featureDistance!).toBeLessThan(meta.inputCheck!.featureScore!.unlikeAbove);
  });

  it('does not leak tensors on the zoomed path', async () => {
    const figure = lowMagnificationFigure('adenocarcinoma', files);
    await classifier.classify(figure);
    const before = tf.memory().numTensors;
    expect(before).toBeGreaterThan(0);
    await classifier.classify(figure);
    expect(tf.memory().numTensors).toBe(before);
  });
});
