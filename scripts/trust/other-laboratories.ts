// A sanity check on real H&E from other laboratories: runs the bundled classifier (as the
// extension does: zoom, stain and scale flags, wording) over the H&E reference slides
// (MoNuSeg's TCGA images, 36 slides of other organs; not lung, so there is no right answer)
// and counts the answers. Model 1.1.0 called 35 of 36 "benign" — its failure on other
// hospitals' lung images; a model that still leaned on LC25000's colours would too.
//
//   npx vite-node -c scripts/node.config.ts scripts/trust/other-laboratories.ts -- --references /path/to/he-stain-references
// Writes training/artifacts/other-laboratories.json (counts only; the images stay outside the
// repository). For another model folder: MODEL_DIR=/path/to/model … -- --out other-laboratories-1.1.0.json
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { createClassifier } from '../../src/core/classifier';
import { confidenceWording, thresholdsFor } from '../../src/core/confidence-wording';
import { diskModel, readMetadata, startWasm } from '../../tests/helpers/node-model';
import { decodeInChromium } from './decode-in-chromium';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { references: { type: 'string' }, out: { type: 'string', default: 'other-laboratories.json' } },
});
if (!values.references) throw new Error('--references: the folder of H&E reference JPEGs');
const files = readdirSync(values.references).filter((f) => f.endsWith('.jpg')).sort().map((f) => join(values.references!, f));
const images = await decodeInChromium(files);

if (!(await startWasm())) throw new Error('the tfjs wasm backend did not start');
const meta = readMetadata();
const classifier = await createClassifier(tf, { model: diskModel(), metadata: meta });
const answers: Record<string, number> = Object.fromEntries(meta.labels.map((l) => [l, 0]));
const bands: Record<string, number> = { likely: 0, probably: 0, uncertain: 0 };
let unlikeTraining = 0;
let zoomed = 0;
let atLeast90 = 0;
let notAssessable = 0; // refused by the input check at its default strictness (all are real H&E)
for (const image of images) {
  const r = await classifier.classify(image, { inputCheck: 'standard' });
  if (r.inputCheck && !r.inputCheck.assessable) notAssessable++;
  answers[r.top.label]++;
  bands[confidenceWording(r.probabilities, thresholdsFor(r), r.shift?.unlikeTraining).band]++;
  if (r.shift?.unlikeTraining) unlikeTraining++;
  if (r.shift?.zoomWindows) zoomed++;
  if (r.top.probability >= 0.9) atLeast90++;
}
classifier.dispose();
const report = { model: meta.version, slides: images.length, answers, bands, unlikeTraining, zoomed, atLeast90, notAssessable };
writeFileSync(join('training', 'artifacts', values.out!), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report));
