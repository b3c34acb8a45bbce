/**
 * demo/README.md quotes the model check that `npm run make:demo-images` records in
 * demo/mosaic/mosaic.json (`modelCheck`): this holds the prose to that file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'demo/README.md'), 'utf8').replace(/\s+/g, ' ');
type Count = { images: number; correct: number };
const check = (JSON.parse(readFileSync(join(ROOT, 'demo/mosaic/mosaic.json'), 'utf8')) as {
  modelCheck: { randomDrawOf27: Count; allTestGroupsOneImageEach: Count; perClass: Record<'adenocarcinoma' | 'benign' | 'squamous_cell_carcinoma', Count> };
}).modelCheck;
const pct = (c: Count) => `${((100 * c.correct) / c.images).toFixed(1)} %`;

describe('demo/README.md model check', () => {
  it('states the seeded draw and the one-image-per-group figures of mosaic.json', () => {
    const draw = check.randomDrawOf27;
    const all = check.allTestGroupsOneImageEach;
    expect(readme).toContain(`the same seeded draw of ${draw.images} images (${draw.images / 3} per class) had ${draw.correct} right (${pct(draw)})`);
    expect(readme).toContain(`over all ${all.images} test groups (one image each) ${all.correct} were right (${pct(all)};`);
    const { adenocarcinoma: a, benign: b, squamous_cell_carcinoma: s } = check.perClass;
    expect(readme).toContain(`adenocarcinoma ${a.correct}/${a.images}, benign ${b.correct}/${b.images}, squamous cell carcinoma ${s.correct}/${s.images})`);
    expect(a.images + b.images + s.images).toBe(all.images);
  });

  it('states the bundled model’s version and test accuracy from model/metadata.json', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'model/metadata.json'), 'utf8')) as { version: string; training: { metrics: { test: { accuracy: number } } } };
    expect(readme).toContain(`The model (${meta.version}) is **${(100 * meta.training.metrics.test.accuracy).toFixed(1)} % accurate per image** on the test split`);
  });
});
