/** Loads the bundled model and fixtures from disk for Node tests (no browser, no network). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { PNG } from 'pngjs';
import type { ModelMetadata } from '../../src/core/model-metadata';
import type { RgbaImage } from '../../src/core/types';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The bundled model; MODEL_DIR points scripts at another model folder (e.g. an earlier release). */
export const MODEL_DIR = process.env.MODEL_DIR ?? join(ROOT, 'model');
export const FIXTURES = join(ROOT, 'tests/fixtures/tissue');

export function readMetadata(dir = MODEL_DIR): ModelMetadata {
  return JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as ModelMetadata;
}

/** A tf.io.IOHandler reading model.json and its shards from a folder. */
export function diskModel(dir = MODEL_DIR): tf.io.IOHandler {
  return {
    async load() {
      const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as tf.io.ModelJSON;
      const specs = json.weightsManifest.flatMap((g) => g.weights);
      const buffers = json.weightsManifest.flatMap((g) => g.paths).map((p) => readFileSync(join(dir, p)));
      const all = Buffer.concat(buffers);
      return {
        modelTopology: json.modelTopology,
        weightSpecs: specs,
        weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
      };
    },
  };
}

/**
 * Starts tfjs-wasm in Node as the extension runs it: single-threaded SIMD (the threaded binary
 * hangs in extension pages). Resolves whether it started; the backend is imported here, on
 * demand, so merely importing these helpers leaves the default backend alone.
 */
export async function startWasm(): Promise<boolean> {
  await import('@tensorflow/tfjs-backend-wasm');
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  return tf.setBackend('wasm');
}

export function readPng(path: string): RgbaImage {
  const png = PNG.sync.read(readFileSync(path));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
}

export interface Reference {
  png: string;
  jpg: string;
  label: string;
  group: string;
  logits: number[];
}

export function readReferences(): Reference[] {
  return (JSON.parse(readFileSync(join(FIXTURES, 'reference.json'), 'utf8')) as { images: Reference[] }).images;
}
