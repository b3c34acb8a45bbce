/** The Keras fixtures (tests/fixtures/keras, made by make_fixtures.py) and their inputs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { ROOT } from './node-model';

export const KERAS_FIXTURES = join(ROOT, 'tests/fixtures/keras');

export interface KerasReference {
  input: { batch: number; size: number; scale: string };
  outputs: number[][];
  features0?: number[];
}

export const readKerasFixture = (name: string) => new Uint8Array(readFileSync(join(KERAS_FIXTURES, name)));

export function readKerasReference(name: string): KerasReference {
  return JSON.parse(readFileSync(join(KERAS_FIXTURES, name), 'utf8')) as KerasReference;
}

const STRIPES = [[1, 2], [3, 253], [0, 5], [7, 1]];

/** The generator's `pattern`: v = (y·a + x·c + ch·85 + (i·7919 mod 61)) mod 256, times scale. */
export function pattern(ref: KerasReference): tf.Tensor4D {
  const { batch, size } = ref.input;
  const scale = ref.input.scale === '1/255' ? 1 / 255 : Number(ref.input.scale);
  const data = new Float32Array(batch * size * size * 3);
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const [a, c] = STRIPES[b];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        for (let ch = 0; ch < 3; ch++) {
          const i = (y * size + x) * 3 + ch;
          data[o++] = ((y * a + x * c + ch * 85 + ((i * 7919) % 61)) % 256) * scale;
        }
      }
    }
  }
  return tf.tensor4d(data, [batch, size, size, 3]);
}
