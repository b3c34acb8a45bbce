/**
 * A model imported from Keras (the mini ConvNeXt fixture, LUCIAN's structure) has none of
 * the bundled model's layer names; the heat map layer is found from its structure and
 * Grad-CAM runs on it through the same compiled executor.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, expect, it } from 'vitest';
import { compileModel, type CompiledModel } from '../../src/core/compile-model';
import { explanationLayer, gradCam } from '../../src/core/grad-cam';
import { convertKeras } from '../../src/keras/convert';
import { pattern, readKerasFixture, readKerasReference } from '../helpers/keras-fixtures';

let compiled: CompiledModel;
let inputShape: [number, number, number];

beforeAll(async () => {
  expect(await tf.setBackend('cpu')).toBe(true);
  const imported = convertKeras(tf, readKerasFixture('convnext-mini.keras'));
  compiled = compileModel(tf, imported.model);
  inputShape = imported.inputShape as [number, number, number];
});

it('finds the residual sum at 1/16 of the input side, and nothing named s1b1_add exists', () => {
  const name = explanationLayer(compiled.cuts, inputShape[0]);
  const cut = compiled.cuts.find((c) => c.name === name)!;
  expect(cut.className).toBe('Add');
  expect(cut.shape.slice(0, 2)).toEqual([inputShape[0] / 16, inputShape[1] / 16]);
  expect(compiled.cuts.some((c) => c.name === 's1b1_add')).toBe(false);
});

it('computes a Grad-CAM map there, leaking no tensor', () => {
  const ref = readKerasReference('convnext-mini.reference.json');
  const input = pattern(ref).slice(0, 1);
  const data = input.dataSync() as Float32Array;
  input.dispose();
  const before = tf.memory().numTensors;
  const map = gradCam(tf, compiled, data, inputShape);
  expect(tf.memory().numTensors).toBe(before);
  expect([map.rows, map.cols]).toEqual([inputShape[0] / 16, inputShape[1] / 16]);
  expect(Math.max(...map.values)).toBeCloseTo(1, 6);
  expect(map.values.every((v) => v >= 0 && v <= 1)).toBe(true);
});
