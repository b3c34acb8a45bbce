/**
 * The `.keras` importer on real Keras 3 files: a Sequential with nested Sequentials (potato,
 * saved by Keras 3.9) must reproduce Keras's outputs, and files that cannot be converted
 * must be refused with a message that says what they are.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertKeras } from '../../src/keras/convert';
import { pattern, readKerasFixture, readKerasReference } from '../helpers/keras-fixtures';

beforeAll(async () => {
  expect(await tf.setBackend('cpu')).toBe(true);
});

describe('potato Sequential (Keras 3.9, nested Sequentials)', () => {
  it('matches Keras within 1e-4 on three inputs', () => {
    const ref = readKerasReference('potato.reference.json');
    const imported = convertKeras(tf, readKerasFixture('potato-sequential-keras3.9.0.keras'));
    expect(imported.inputShape).toEqual([256, 256, 3]);
    expect(imported.outputUnits).toBe(3);
    expect(imported.outputActivation).toBe('softmax');
    const x = pattern(ref);
    const y = imported.model.predict(x) as tf.Tensor;
    const got = y.arraySync() as number[][];
    tf.dispose([x, y]);
    for (let b = 0; b < ref.outputs.length; b++) {
      for (let k = 0; k < 3; k++) expect(Math.abs(got[b][k] - ref.outputs[b][k])).toBeLessThan(1e-4);
    }
    imported.model.dispose();
  });
});

describe('zip variants', () => {
  it('reads a .keras whose entries are deflated (Keras writes them stored)', () => {
    const files = unzipSync(readKerasFixture('potato-sequential-keras3.9.0.keras'));
    const deflated = zipSync(files, { level: 6 });
    const imported = convertKeras(tf, deflated);
    expect(imported.model.countParams()).toBe(convertKeras(tf, readKerasFixture('potato-sequential-keras3.9.0.keras')).model.countParams());
  });
});

describe('files that cannot be converted', () => {
  it('rejects a subclassed model, saying so', () => {
    expect(() => convertKeras(tf, readKerasFixture('subclassed-nested-container-keras3.15.0.keras')))
      .toThrow(/NestedDenseModel.*subclassed Keras model.*cannot be converted/);
  });

  it('rejects a legacy Keras 2 HDF5 file renamed .keras, saying so', () => {
    expect(() => convertKeras(tf, readKerasFixture('legacy-hdf5-renamed.keras'), 'old.keras'))
      .toThrow(/old\.keras is a legacy Keras 2 HDF5 model file/);
  });

  it('names the layer and its class when a layer is not supported', () => {
    const files = unzipSync(readKerasFixture('potato-sequential-keras3.9.0.keras'));
    const config = strFromU8(files['config.json']).replace('"class_name": "Flatten"', '"class_name": "UpSampling3D"');
    const edited = zipSync({ ...files, 'config.json': strToU8(config) });
    expect(() => convertKeras(tf, edited)).toThrow('unsupported layer "flatten" (class UpSampling3D from keras.layers)');
  });

  it('rejects a file that is neither', () => {
    expect(() => convertKeras(tf, new TextEncoder().encode('hello'), 'x.keras')).toThrow(/not a zip archive/);
  });
});
