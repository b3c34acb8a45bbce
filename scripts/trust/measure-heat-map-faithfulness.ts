/**
 * Is the heat map faithful? For the 12 tissue fixtures and, with --references, a centre crop of
 * each other-laboratory slide: delete the map's top fifth of cells (image-mean colour) and as
 * many random cells (16 seeded sets), and compare how far the shown class's probability falls.
 * The map as the extension makes it (7×7, shifted copies) and the single-pass 3×3 map before it.
 * Exits non-zero when, on a set, the top cells do not lower it more than random ones.
 *
 *   npx vite-node -c scripts/node.config.ts scripts/trust/measure-heat-map-faithfulness.ts -- --references /path/to/he-stain-references
 * Writes training/artifacts/heat-map-faithfulness.json (npm run docs quotes it).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { classActivationMap } from '../../src/core/class-activation-map';
import { SHIFTS_PER_AXIS, gridStride, shiftedClassActivationMap, shiftedCopies } from '../../src/core/shifted-class-activation-map';
import { cropRgba } from '../../src/core/crop-rgba';
import type { HeatMap } from '../../src/core/heat-map';
import { loadModelRunner } from '../../src/core/model-runner';
import { prepareInput } from '../../src/core/prepare-input';
import type { RgbaImage } from '../../src/core/types';
import { FIXTURES, diskModel, readMetadata, readPng, readReferences, startWasm } from '../../tests/helpers/node-model';
import { decodeInChromium } from './decode-in-chromium';
import { DELETED_SHARE, RANDOM_SETS, deletionTest, type Deletion } from './heat-map-deletion';
import { HEAT_MAP_FAITHFULNESS, type FaithfulnessResults, type MapFaithfulness } from './heat-map-faithfulness-block';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { references: { type: 'string' }, crop: { type: 'string', default: '448' }, out: { type: 'string', default: HEAT_MAP_FAITHFULNESS } },
});
if (!(await startWasm())) throw new Error('the tfjs wasm backend did not start');
const meta = readMetadata();
const runner = await loadModelRunner(tf, diskModel());

// The map of the model input, as classifier.explain makes it for an image it does not zoom
// (the deletion is on that input; zoomed images' windows are maps of such inputs too).
const side = meta.input.width;
const MAPS: Record<string, (input: Float32Array) => Promise<HeatMap>> = {
  shipped: async (input) => shiftedClassActivationMap((await runner.runShiftedPositional(input, 1, SHIFTS_PER_AXIS))!, side, undefined, SHIFTS_PER_AXIS),
  inputCopies: async (input) => {
    const n = SHIFTS_PER_AXIS;
    const shift = gridStride(runner.positionalGrid![1], side) / n;
    return shiftedClassActivationMap((await runner.runPositional(shiftedCopies(input, side, shift, n), n * n))!, side, undefined, n);
  },
  singlePass: async (input) => classActivationMap((await runner.runPositional(input))!, undefined, side),
};

async function measureSet(images: { name: string; image: RgbaImage }[]): Promise<Record<string, MapFaithfulness>> {
  const out: Record<string, MapFaithfulness> = {};
  for (const [key, make] of Object.entries(MAPS)) {
    const each: (Deletion & { name: string })[] = [];
    for (const [i, { name, image }] of images.entries()) {
      const { input } = prepareInput(image, meta.input);
      const map = await make(input);
      each.push({ name, ...(await deletionTest(runner, meta.temperature, input, map, 1000 + i)) });
    }
    const first = await make(prepareInput(images[0].image, meta.input).input);
    const mean = (f: (d: Deletion) => number) => each.reduce((a, d) => a + f(d), 0) / each.length;
    out[key] = {
      grid: `${first.rows}×${first.cols}`,
      n: each.length,
      meanTopDrop: mean((d) => d.topDrop),
      meanRandomDrop: mean((d) => d.randomDrop),
      topBeatsRandom: each.filter((d) => d.topDrop > d.randomDrop).length,
      images: each,
    };
    console.log(`${key} ${out[key].grid}: top ${out[key].meanTopDrop.toFixed(3)} vs random ${out[key].meanRandomDrop.toFixed(3)}, top > random on ${out[key].topBeatsRandom}/${each.length}`);
  }
  return out;
}

const sets: FaithfulnessResults['sets'] = {
  fixtures: await measureSet(readReferences().map((r) => ({ name: r.png, image: readPng(join(FIXTURES, r.png)) }))),
};
if (values.references) {
  const files = readdirSync(values.references).filter((f) => f.endsWith('.jpg')).sort();
  const side = Number(values.crop);
  const decoded = await decodeInChromium(files.map((f) => join(values.references!, f)));
  const crops = decoded.map((img, i) => ({
    name: files[i],
    image: cropRgba(img, Math.floor((img.width - side) / 2), Math.floor((img.height - side) / 2), side),
  }));
  sets.otherLaboratories = await measureSet(crops);
}
runner.dispose();

const results: FaithfulnessResults = {
  model: meta.version,
  method: 'scripts/trust/measure-heat-map-faithfulness.ts',
  deletedShare: DELETED_SHARE,
  randomSets: RANDOM_SETS,
  referenceCrop: Number(values.crop),
  sets,
};
writeFileSync(values.out!, JSON.stringify(results, null, 1) + '\n');
const failed = Object.entries(sets).filter(([, s]) => !(s.shipped.meanTopDrop > s.shipped.meanRandomDrop));
if (failed.length) {
  console.error(`not faithful on: ${failed.map(([k]) => k).join(', ')}`);
  process.exitCode = 1;
}
