import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readMetadata, readPng } from '../../tests/helpers/node-model';
import { DYES, restain } from '../../tests/helpers/restain';
import { alveoli } from '../../tests/helpers/air-spaces';
import { imageStatistics } from './image-statistics';
import { checkContextFor, checkInput, checkStatistics } from './input-check';
import { prepareInput } from './prepare-input';
import type { RgbaImage } from './types';

function image(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([...pixel(x, y), 255], (y * width + x) * 4);
  return { width, height, data };
}

const tissue = readdirSync(FIXTURES).filter((f) => f.endsWith('.png')).map((f) => ({ f, img: readPng(join(FIXTURES, f)) }));

/** A real tissue image with every pixel mapped through `fn`. */
function recolour(img: RgbaImage, fn: (r: number, g: number, b: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(img.data);
  for (let i = 0; i < data.length; i += 4) data.set(fn(data[i], data[i + 1], data[i + 2]), i);
  return { ...img, data };
}

describe('checkInput', () => {
  it.each(tissue.map((t) => [t.f, t.img] as const))('accepts the real H&E fixture %s at every strictness', (_, img) => {
    for (const s of ['lenient', 'standard', 'strict'] as const) expect(checkInput(img, s)).toMatchObject({ assessable: true });
  });

  it('refuses blank, uniform and tiny images with the matching reason', () => {
    expect(checkInput(image(200, 200, () => [250, 250, 250])).reason).toMatch(/blank or uniform/);
    expect(checkInput(image(200, 200, () => [200, 120, 180])).reason).toMatch(/blank or uniform/);
    expect(checkInput({ ...tissue[0].img, width: 60, height: 60, data: tissue[0].img.data.subarray(0, 60 * 60 * 4) }).reason).toMatch(/too small \(60×60 px/);
  });

  it('refuses greyscale, brown (DAB-like) and green versions of a real tissue image', () => {
    const img = tissue[0].img;
    expect(checkInput(recolour(img, (r, g, b) => { const y = Math.round(0.3 * r + 0.59 * g + 0.11 * b); return [y, y, y]; })).reason).toMatch(/greyscale/);
    // Brown: DAB's hue (~30°) with the image's own brightness pattern.
    expect(checkInput(recolour(img, (r, g, b) => { const y = (r + g + b) / 3; return [y, y * 0.7, y * 0.4]; })).reason).toMatch(/immunohistochemistry/);
    expect(checkInput(recolour(img, (r, g, b) => [g, b, r])).assessable).toBe(false);
  });

  it('refuses a tissue patch on an otherwise empty slide and says how much tissue there was', () => {
    const small = tissue[0].img;
    const check = checkInput(image(400, 400, (x, y) => {
      if (x >= 100 || y >= 100) return [246, 245, 247];
      const i = (y * 2 * small.width + x * 2) * 4;
      return [small.data[i], small.data[i + 1], small.data[i + 2]];
    }));
    expect(check.assessable).toBe(false);
    // The share quoted is the coverage: the patch and the few grid cells its edge touches.
    expect(check.reason).toMatch(/too little tissue \(7 %/);
    expect(check.tissueFraction).toBeCloseTo(0.0625, 2);
    expect(check.tissueCoverage).toBeCloseTo(0.069, 2);
  });

  it('accepts real benign lung tissue made alveolar (septa around air, 60–90 % of the image) that the plain tissue fraction refused', () => {
    const benign = tissue.filter((t) => t.f.startsWith('benign'));
    for (const [i, { img }] of benign.entries()) {
      const lung = alveoli(img, i + 1, { count: 9, septum: 5, openShare: 0.1 }).image;
      const stats = imageStatistics(lung);
      for (const s of ['lenient', 'standard', 'strict'] as const) {
        expect(checkInput(lung, s)).toMatchObject({ assessable: true });
        // The rule as it was, on the share of tissue pixels, refused it.
        expect(checkStatistics(lung, { ...stats, tissueCoverage: stats.tissueFraction }, s).reasonWords?.id).toBe('little_tissue');
      }
    }
  });

  it('still refuses the same septa, as a speck of tissue on glass', () => {
    const img = tissue.find((t) => t.f.startsWith('benign'))!.img;
    const lung = alveoli(img, 1, { count: 9, septum: 5, openShare: 0.1 }).image;
    // The alveolar tile shrunk to half, alone on a 448-px slide (glass with a little grain).
    const slide = image(448, 448, (x, y) => {
      if (x >= 112 || y >= 112) return [244, 243, 246].map((v) => v - ((x * 31 + y * 17) % 5)) as [number, number, number];
      const i = (y * 2 * lung.width + x * 2) * 4;
      return [lung.data[i], lung.data[i + 1], lung.data[i + 2]];
    });
    const check = checkInput(slide, 'lenient');
    expect(check.reason).toMatch(/too little tissue/);
    expect(check.tissueCoverage).toBeLessThan(0.1);
  });

  it('refuses a flat-coloured drawing with H&E-like colours', () => {
    const chart = image(300, 300, (x, y) => (y > 40 && x % 60 < 40 ? (x % 120 < 60 ? [123, 50, 148] : [194, 165, 207]) : [240, 200, 230]));
    expect(checkInput(chart).reason).toMatch(/drawing, chart or screenshot/);
  });
});

describe('checkInput with the shipped stain family', () => {
  const meta = readMetadata();
  const context = (img: RgbaImage) => checkContextFor(meta, img, prepareInput(img, meta.input).input);

  it.each(tissue.map((t) => [t.f, t.img] as const))('still accepts the real H&E fixture %s', (_, img) => {
    expect(checkInput(img, 'standard', context(img))).toMatchObject({ assessable: true });
  });

  it('refuses light immunohistochemistry: haematoxylin counterstain with DAB where eosin was', () => {
    const ihc = restain(tissue[0].img, DYES.haematoxylin, DYES.dab, 1.2, 0.8);
    expect(checkInput(ihc, 'standard').assessable).toBe(true); // the colour rules alone let it through
    const check = checkInput(ihc, 'standard', context(ihc));
    expect(check.assessable).toBe(false);
    expect(check.reason).toMatch(/^stains unlike (H&E|haematoxylin and eosin)/);
    expect(check.stainDistance![1]).toBeGreaterThan(meta.inputCheck!.stainFamily!.maxAngle[1]);
    const strong = restain(tissue[0].img, DYES.haematoxylin, DYES.dab, 1, 3);
    expect(checkInput(strong, 'standard', context(strong)).reason).toMatch(/immunohistochemistry/);
  });

  it('refuses a trichrome-like light green counterstain', () => {
    const green = restain(tissue[1].img, DYES.haematoxylin, DYES.lightGreen);
    expect(checkInput(green, 'standard', context(green)).reason).toMatch(/stains unlike haematoxylin and eosin/);
  });

  it('refuses the pixels of a real tissue image shuffled into noise', () => {
    const img = tissue[2].img;
    const data = new Uint8ClampedArray(img.data);
    let seed = 1;
    for (let i = data.length / 4 - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      for (let c = 0; c < 4; c++) [data[i * 4 + c], data[j * 4 + c]] = [data[j * 4 + c], data[i * 4 + c]];
    }
    expect(checkInput({ ...img, data }).reason).toMatch(/image noise/);
    expect(checkInput(img).assessable).toBe(true);
  });
});
