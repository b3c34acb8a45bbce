/**
 * A Keras ConvNeXt with the original LUCIAN model's exact structure (toy width) goes
 * through the shared ConvNeXt builder: grouped convs become depthwise, the Normalization
 * and LayerScale are folded, the AdamW state in the file is ignored, and the probabilities
 * match Keras's within 1e-5.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KerasLayer } from '../../src/keras/config';
import { convertKeras, type KerasImport } from '../../src/keras/convert';
import { pattern, readKerasFixture, readKerasReference } from '../helpers/keras-fixtures';

const ref = readKerasReference('convnext-mini.reference.json');
let imported: KerasImport;

beforeAll(async () => {
  expect(await tf.setBackend('cpu')).toBe(true);
  imported = convertKeras(tf, readKerasFixture('convnext-mini.keras'));
});

describe('mini ConvNeXt with the LUCIAN head', () => {
  it('uses the ConvNeXt builder and only built-in layers', () => {
    const names = imported.model.layers.map((l) => l.name);
    expect(names.some((n) => n.endsWith('stem_conv'))).toBe(true);
    expect(names.filter((n) => n.endsWith('_dwconv'))).toHaveLength(5);
    const classes = new Set(imported.model.layers.map((l) => l.getClassName()));
    expect([...classes].sort()).toEqual(['Add', 'Conv2D', 'Dense', 'DepthwiseConv2D', 'Flatten', 'InputLayer', 'LayerNormalization']);
    expect(imported).toMatchObject({ inputShape: [224, 224, 3], outputUnits: 3, outputActivation: 'softmax' });
  });

  it('backbone features match Keras within 1e-4', () => {
    const features = imported.model.layers.find((l) => l.name.endsWith('head_norm'));
    expect(features).toBeDefined();
    const sub = tf.model({ inputs: imported.model.inputs, outputs: features!.output as tf.SymbolicTensor });
    const x = pattern(ref).slice(0, 1);
    const y = sub.predict(x) as tf.Tensor;
    const got = y.dataSync();
    const want = ref.features0!;
    expect(got.length).toBe(want.length);
    let worst = 0;
    for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i] - want[i]));
    tf.dispose([x, y]);
    expect(worst).toBeLessThan(1e-4);
  });

  it('probabilities match Keras within 1e-5', () => {
    const x = pattern(ref);
    const y = imported.model.predict(x) as tf.Tensor;
    const got = y.arraySync() as number[][];
    tf.dispose([x, y]);
    for (let b = 0; b < ref.outputs.length; b++) {
      for (let k = 0; k < 3; k++) expect(Math.abs(got[b][k] - ref.outputs[b][k])).toBeLessThan(1e-5);
    }
  });

  it('converts layer by layer too (grouped conv, Normalization, LayerScale, ops.add mapped generically)', () => {
    const generic = convertKeras(tf, readKerasFixture('convnext-mini.keras'), 'mini.keras', { convnextBuilder: false });
    expect(generic.model.layers.some((l) => l.name.endsWith('_s0b0_dwconv'))).toBe(false);
    const x = pattern(ref);
    const y = generic.model.predict(x) as tf.Tensor;
    const got = y.arraySync() as number[][];
    tf.dispose([x, y]);
    generic.model.dispose();
    for (let b = 0; b < ref.outputs.length; b++) {
      for (let k = 0; k < 3; k++) expect(Math.abs(got[b][k] - ref.outputs[b][k])).toBeLessThan(1e-5);
    }
  });

  it('also when the head is a Sequential around the backbone (same h5 paths)', () => {
    const files = unzipSync(readKerasFixture('convnext-mini.keras'));
    const functional = JSON.parse(strFromU8(files['config.json'])) as KerasLayer;
    const layers = functional.config.layers ?? [];
    const sequential = { ...functional, class_name: 'Sequential', config: { name: 'sequential', layers } };
    const edited = zipSync({ ...files, 'config.json': strToU8(JSON.stringify(sequential)) });
    const seq = convertKeras(tf, edited);
    const x = pattern(ref);
    const y = seq.model.predict(x) as tf.Tensor;
    const got = y.arraySync() as number[][];
    tf.dispose([x, y]);
    seq.model.dispose();
    expect(seq.model.layers.some((l) => l.name.endsWith('_s0b0_dwconv'))).toBe(true);
    for (let k = 0; k < 3; k++) expect(Math.abs(got[0][k] - ref.outputs[0][k])).toBeLessThan(1e-5);
  });
});
