import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readMetadata, readPng } from '../../tests/helpers/node-model';
import { quantiseImage, readTissuePng } from '../../tests/helpers/bad-images';
import { DYES, restain } from '../../tests/helpers/restain';
import { prepareInput } from './prepare-input';
import { checkContextFor } from './input-check';
import { stainFamilyDistance } from './stain-family';

const meta = readMetadata();
const family = meta.inputCheck!.stainFamily!;
const tissue = readdirSync(FIXTURES).filter((f) => f.endsWith('.png')).map((f) => readPng(join(FIXTURES, f)));
const stainOf = (img: Parameters<typeof prepareInput>[0]) => checkContextFor(meta, img, prepareInput(img, meta.input).input).stain!;

describe('stainFamilyDistance (shipped stain family)', () => {
  it('puts real LC25000 test tiles well inside the family', () => {
    for (const img of tissue) {
      const [h, e] = stainFamilyDistance(stainOf(img), family);
      expect(h).toBeLessThan(family.maxAngle[0] / 2);
      expect(e).toBeLessThan(family.maxAngle[1] / 2);
    }
  });

  it('keeps real H&E re-balanced as another laboratory might stain it (more haematoxylin, paler eosin)', () => {
    for (const img of tissue.slice(0, 4)) {
      const [h, e] = stainFamilyDistance(stainOf(restain(img, DYES.haematoxylin, DYES.eosin, 1.3, 0.7)), family);
      expect(h).toBeLessThanOrEqual(family.maxAngle[0]);
      expect(e).toBeLessThanOrEqual(family.maxAngle[1]);
    }
  });

  it('keeps real tissue inside it after GIF palette quantisation with dithering (noise the 1 % extremes would pick up)', () => {
    for (const f of ['benign-lungn726.png', 'squamous_cell_carcinoma-lungscc2148.png', 'adenocarcinoma-lungaca145.png']) {
      const img = readTissuePng(f);
      const gif = { ...img, data: quantiseImage(img).shown };
      const [h, e] = stainFamilyDistance(stainOf(gif), family);
      expect(h).toBeLessThanOrEqual(family.maxAngle[0]);
      expect(e).toBeLessThanOrEqual(family.maxAngle[1]);
    }
  });

  it('puts the same tissue stained with DAB (immunohistochemistry) or light green (a trichrome) instead of eosin outside it', () => {
    for (const img of tissue.slice(0, 4)) {
      for (const dye of [DYES.dab, DYES.lightGreen]) {
        const [h, e] = stainFamilyDistance(stainOf(restain(img, DYES.haematoxylin, dye)), family);
        expect(h > family.maxAngle[0] || e > family.maxAngle[1]).toBe(true);
      }
    }
  });

  it('was fitted with a tolerance above every real laboratory left out of the fit', () => {
    // training/fit_input_check.py: maxAngle = 3 × the largest leave-one-laboratory-out angle.
    expect(family.haematoxylin.length).toBeGreaterThan(20);
    expect(family.eosin.length).toBe(family.haematoxylin.length);
    for (const v of [...family.haematoxylin, ...family.eosin]) expect(Math.hypot(...v)).toBeCloseTo(1, 3);
    expect(family.maxAngle[0]).toBeGreaterThan(0.05);
    expect(family.maxAngle[1]).toBeGreaterThan(0.05);
  });
});
