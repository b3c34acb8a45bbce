// Opens a Keras 3 `.keras` file: a zip holding `config.json` (the layer graph),
// `metadata.json` (Keras version) and `model.weights.h5` (the variables). Files that only
// look like one get a message that says what they really are.
import { unzipSync } from 'fflate';
import type { KerasModelConfig } from './config';

export interface KerasArchive {
  config: KerasModelConfig;
  kerasVersion: string;
  weights: Uint8Array;
}

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function readKerasArchive(bytes: Uint8Array, name = 'model.keras'): KerasArchive {
  if (startsWith(bytes, HDF5_SIGNATURE)) {
    throw new Error(
      `${name} is a legacy Keras 2 HDF5 model file (model.save('x.h5')), not a Keras 3 .keras zip. ` +
        'Load it in Keras and save it again with model.save("model.keras"), then import that file.',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new Error(`${name} is not a Keras 3 .keras file (it is not a zip archive).`);
  }
  const wanted = new Set(['config.json', 'metadata.json', 'model.weights.h5']);
  const files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  const text = (file: string) => {
    const entry = files[file];
    if (!entry) throw new Error(`${name} has no ${file}; is it a Keras 3 .keras file?`);
    return new TextDecoder().decode(entry);
  };
  const config = JSON.parse(text('config.json')) as KerasModelConfig;
  const metadata = JSON.parse(text('metadata.json')) as { keras_version?: string };
  const weights = files['model.weights.h5'];
  if (!weights) {
    throw new Error(`${name} has no model.weights.h5 (sharded or weight-less saves are not supported).`);
  }
  return { config, kerasVersion: metadata.keras_version ?? 'unknown', weights };
}
