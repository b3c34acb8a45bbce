/** model/metadata.json and model/model.json must agree, and the checksums must hold. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMetadata } from '../../src/core/model-metadata';
import { MODEL_DIR, readMetadata } from '../helpers/node-model';

interface ModelJson {
  modelTopology: { config: { layers: { class_name: string; config: { batch_input_shape?: number[]; units?: number } }[] } };
  weightsManifest: { paths: string[]; weights: { quantization?: { dtype: string } }[] }[];
}

const meta = readMetadata();
const modelJson = JSON.parse(readFileSync(join(MODEL_DIR, 'model.json'), 'utf8')) as ModelJson;
const layers = modelJson.modelTopology.config.layers;

describe('bundled model files', () => {
  it('metadata is well-formed with the agreed label order', () => {
    checkMetadata(meta);
    expect(meta.labels).toEqual(['adenocarcinoma', 'benign', 'squamous_cell_carcinoma']);
    expect(meta.displayNames).toEqual(['Adenocarcinoma', 'Benign tissue', 'Squamous cell carcinoma']);
    expect(meta.input).toMatchObject({ channels: 'RGB', range: [0, 1] });
  });

  it('input shape and label count match model.json', () => {
    const input = layers.find((l) => l.class_name === 'InputLayer');
    expect(input?.config.batch_input_shape).toEqual([null, meta.input.height, meta.input.width, 3]);
    const last = layers[layers.length - 1];
    expect(last.class_name).toBe('Dense');
    expect(last.config.units).toBe(meta.labels.length);
  });

  it('uses only built-in layers (loads with plain tf.loadLayersModel)', () => {
    const builtIn = new Set(['InputLayer', 'Conv2D', 'DepthwiseConv2D', 'LayerNormalization', 'Dense', 'Add', 'GlobalAveragePooling2D']);
    for (const l of layers) expect(builtIn.has(l.class_name), l.class_name).toBe(true);
  });

  it('weights are float16 and every file matches its sha256', () => {
    for (const w of modelJson.weightsManifest.flatMap((g) => g.weights)) expect(w.quantization?.dtype).toBe('float16');
    for (const f of meta.weights) {
      const bytes = readFileSync(join(MODEL_DIR, f.file));
      expect(createHash('sha256').update(bytes).digest('hex'), f.file).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
    }
  });

  it('fits the 10 MB budget', () => {
    const total = meta.weights.reduce((a, f) => a + statSync(join(MODEL_DIR, f.file)).size, 0);
    expect(total).toBeLessThan(10 * 1024 * 1024);
  });
});
