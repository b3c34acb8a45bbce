/** `npm run import-keras` as a user runs it: files written, exit codes, readable errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KERAS_FIXTURES } from '../helpers/keras-fixtures';
import { ROOT } from '../helpers/node-model';

const out = mkdtempSync(join(tmpdir(), 'import-keras-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const cli = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/vite-node'),
  ['-c', 'scripts/node.config.ts', 'scripts/import-keras.ts', '--', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('import-keras CLI', () => {
  it('writes model.json, shards and metadata.json with float32 weights on request', () => {
    const r = cli(join(KERAS_FIXTURES, 'convnext-mini.keras'), '--out', out, '--weights', 'float32');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Adenocarcinoma, Benign Tissue, Squamous Cell Carcinoma');
    const meta = JSON.parse(readFileSync(join(out, 'metadata.json'), 'utf8')) as { weights: { file: string }[] };
    for (const f of meta.weights) expect(existsSync(join(out, f.file)), f.file).toBe(true);
    const model = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')) as { weightsManifest: { weights: { quantization?: unknown }[] }[] };
    expect(model.weightsManifest[0].weights.every((w) => w.quantization === undefined)).toBe(true);
  });

  it('exits 1 with the reason for a legacy HDF5 file', () => {
    const r = cli(join(KERAS_FIXTURES, 'legacy-hdf5-renamed.keras'), '--out', join(out, 'legacy'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is a legacy Keras 2 HDF5 model file');
  });

  it('exits 1 with usage for a bad --weights value', () => {
    const r = cli(join(KERAS_FIXTURES, 'convnext-mini.keras'), '--weights', 'int4');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--weights must be float32, float16 or uint8');
  });
});
