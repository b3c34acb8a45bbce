// Colour and texture statistics that tell H&E tissue from other pictures (hues, chroma, flat runs
// of identical pixels that scanned tissue never has), on at most ~160×160 sampled pixels.
import { tissueCoverage } from './tissue-coverage';
import { isBackgroundPixel } from './tissue-fraction';
import type { RgbaImage } from './types';

export interface ImageStatistics {
  tissueFraction: number;
  /** Coverage counts air spaces as tissue, so airy normal lung is not refused (tissue-coverage.ts). */
  tissueCoverage: number;
  meanLuminance: number;
  luminanceStd: number;
  meanChroma: number;
  heFraction: number;
  /** Share of tissue pixels that are brown/orange/yellow, hue 15–70° (DAB, skin, wood...). */
  brownFraction: number;
  /** Share of tissue pixels that are green or cyan, hue 70–200° (never in H&E). */
  greenFraction: number;
  flatFraction: number;
  /** Optics blur every micrograph, so neighbours agree (≥ 0.84 on LC25000); pixel noise has ~0. */
  neighbourCorrelation: number;
}

const MAX_SAMPLES_PER_SIDE = 160;
const HUE_MIN_CHROMA = 12;
/** H&E hues (LC25000 5th–95th percentile 224–339°); sky blue and photo reds fall outside. */
const HE_HUE_FROM = 235;
const HE_HUE_TO = 355;

function hue(r: number, g: number, b: number, max: number, chroma: number): number {
  let h: number;
  if (max === r) h = ((g - b) / chroma) % 6;
  else if (max === g) h = (b - r) / chroma + 2;
  else h = (r - g) / chroma + 4;
  return (h * 60 + 360) % 360;
}

export function imageStatistics(image: RgbaImage): ImageStatistics {
  const { width, height, data } = image;
  const step = Math.max(1, Math.floor(Math.max(width, height) / MAX_SAMPLES_PER_SIDE));
  let total = 0, tissue = 0, he = 0, brown = 0, green = 0, chromaSum = 0;
  let lumSum = 0, lumSq = 0, pairs = 0, flat = 0;
  let pairLum = 0, pairLumSq = 0, nextSum = 0, nextSq = 0, crossSum = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      const r = data[i], g = data[i + 1], b = data[i + 2];
      const lum = 0.299 * r + 0.587 * g + 0.114 * b;
      total++;
      lumSum += lum;
      lumSq += lum * lum;
      if (x + 1 < width) {
        pairs++;
        if (r === data[i + 4] && g === data[i + 5] && b === data[i + 6]) flat++;
        const next = 0.299 * data[i + 4] + 0.587 * data[i + 5] + 0.114 * data[i + 6];
        pairLum += lum;
        pairLumSq += lum * lum;
        nextSum += next;
        nextSq += next * next;
        crossSum += lum * next;
      }
      if (isBackgroundPixel(r, g, b)) continue;
      tissue++;
      const max = Math.max(r, g, b);
      const chroma = max - Math.min(r, g, b);
      chromaSum += chroma;
      if (chroma < HUE_MIN_CHROMA) continue;
      const h = hue(r, g, b, max, chroma);
      if (h >= HE_HUE_FROM && h < HE_HUE_TO) he++;
      else if (h >= 15 && h < 70) brown++;
      else if (h >= 70 && h < 200) green++;
    }
  }
  const lumMean = total ? lumSum / total : 0;
  let neighbourCorrelation = 1;
  if (pairs > 1) {
    const ma = pairLum / pairs, mb = nextSum / pairs;
    const va = pairLumSq / pairs - ma * ma, vb = nextSq / pairs - mb * mb;
    // A flat image has no variance to correlate: call it smooth (other rules refuse it).
    neighbourCorrelation = va > 1e-6 && vb > 1e-6 ? (crossSum / pairs - ma * mb) / Math.sqrt(va * vb) : 1;
  }
  return {
    tissueFraction: total ? tissue / total : 0,
    // Coverage samples its own grid; never below this grid's fraction either, so the rule on
    // coverage refuses nothing the rule on the fraction accepted.
    tissueCoverage: Math.max(tissueCoverage(image).coverage, total ? tissue / total : 0),
    meanLuminance: lumMean,
    luminanceStd: total ? Math.sqrt(Math.max(0, lumSq / total - lumMean * lumMean)) : 0,
    meanChroma: tissue ? chromaSum / tissue : 0,
    heFraction: tissue ? he / tissue : 0,
    brownFraction: tissue ? brown / tissue : 0,
    greenFraction: tissue ? green / tissue : 0,
    flatFraction: pairs ? flat / pairs : 0,
    neighbourCorrelation,
  };
}
