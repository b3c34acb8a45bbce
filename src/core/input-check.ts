// Is this a colour H&E tissue image of usable size? If not, the UI says "Not assessable" instead
// of a confident class. Colour and texture rules first, then whether the two stains are H and E
// at all (stain-family.ts). Thresholds and their measured rates: docs/INPUT_CHECK.md.
import { imageStatistics, type ImageStatistics } from './image-statistics';
import type { ModelMetadata } from './model-metadata';
import { preprocess } from './preprocess';
import { familyStain, stainFamilyDistance, type StainFamily } from './stain-family';
import type { StainEstimate } from './stain-normalise';
import type { InputCheck, RgbaImage } from './types';
import { inEnglish, type CheckReasonId, type CoreWords, type EnglishWords } from './core-words';

export type CheckStrictness = 'lenient' | 'standard' | 'strict';

export interface CheckThresholds {
  minSide: number;
  minLuminanceStd: number;
  minTissueCoverage: number;
  minChroma: number;
  minHeFraction: number;
  maxGreenFraction: number;
  maxFlatFraction: number;
  /** Luminance correlation of neighbouring pixels: below it, noise rather than a micrograph. */
  minNeighbourCorrelation: number;
  stainAngleFactor: number;
}

export const CHECK_THRESHOLDS: Readonly<Record<CheckStrictness, CheckThresholds>> = {
  lenient: { minSide: 64, minLuminanceStd: 6, minTissueCoverage: 0.2, minChroma: 8, minHeFraction: 0.15, maxGreenFraction: 0.25, maxFlatFraction: 0.75, minNeighbourCorrelation: 0.2, stainAngleFactor: 1.5 },
  standard: { minSide: 96, minLuminanceStd: 8, minTissueCoverage: 0.35, minChroma: 14, minHeFraction: 0.25, maxGreenFraction: 0.15, maxFlatFraction: 0.6, minNeighbourCorrelation: 0.3, stainAngleFactor: 1 },
  strict: { minSide: 128, minLuminanceStd: 10, minTissueCoverage: 0.5, minChroma: 20, minHeFraction: 0.35, maxGreenFraction: 0.12, maxFlatFraction: 0.5, minNeighbourCorrelation: 0.4, stainAngleFactor: 0.75 },
};

const pct = (v: number) => `${Math.round(v * 100)} %`;

export type { CheckReasonId };

export const CHECK_REASON_ENGLISH: EnglishWords<CheckReasonId> = {
  too_small: (w, h, min) => `image too small (${w}×${h} px; at least ${min} px on each side needed)`,
  blank: () => 'nearly blank or uniform image',
  little_tissue: (share) => `too little tissue (${share} of the image)`,
  greyscale: () => 'no colour: greyscale images cannot be H&E-stained tissue',
  drawing: () => 'looks like a drawing, chart or screenshot, not a micrograph',
  noise: () => 'looks like image noise, not a micrograph',
  colours_dab: () => 'colours unlike H&E staining: mostly brown, as in immunohistochemistry (DAB)',
  colours: () => 'colours unlike H&E staining',
  colours_green: () => 'colours unlike H&E staining (green or cyan areas)',
  stain_dark: () => 'stains unlike H&E on a dark background, as in fluorescence',
  stain_dab: () => 'stains unlike H&E: a brown chromogen, as in immunohistochemistry (DAB)',
  stain_other: () => 'stains unlike haematoxylin and eosin (for example a special stain or immunohistochemistry)',
};

const words = (id: CheckReasonId, ...args: (string | number)[]): CoreWords<CheckReasonId> => ({ id, args: args.map(String) });

export function rejectionWords(image: { width: number; height: number }, s: ImageStatistics, t: CheckThresholds): CoreWords<CheckReasonId> | undefined {
  const side = Math.min(image.width, image.height);
  if (side < t.minSide) return words('too_small', image.width, image.height, t.minSide);
  if (s.luminanceStd < t.minLuminanceStd) return words('blank');
  if (s.tissueCoverage < t.minTissueCoverage) return words('little_tissue', pct(s.tissueCoverage));
  if (s.meanChroma < t.minChroma) return words('greyscale');
  if (s.flatFraction > t.maxFlatFraction) return words('drawing');
  if (s.neighbourCorrelation < t.minNeighbourCorrelation) return words('noise');
  if (s.heFraction < t.minHeFraction) return words(s.brownFraction > 0.4 ? 'colours_dab' : 'colours');
  if (s.greenFraction > t.maxGreenFraction) return words('colours_green');
  return undefined;
}

export function rejectionReason(image: { width: number; height: number }, s: ImageStatistics, t: CheckThresholds): string | undefined {
  const w = rejectionWords(image, s, t);
  return w && inEnglish(CHECK_REASON_ENGLISH, w);
}

export function stainWords(
  family: StainFamily,
  t: CheckThresholds,
  stats: Pick<ImageStatistics, 'meanLuminance' | 'brownFraction'>,
  distance: [number, number],
): CoreWords<CheckReasonId> | undefined {
  const [h, e] = distance;
  if (h <= family.maxAngle[0] * t.stainAngleFactor && e <= family.maxAngle[1] * t.stainAngleFactor) return undefined;
  // Bright-field slides are mostly light; fluorescence and dark-field images mostly dark.
  if (stats.meanLuminance < DARK_FIELD_LUMINANCE) return words('stain_dark');
  // Named DAB when brown pixels are common (only words the reason).
  if (stats.brownFraction >= BROWN_FOR_DAB) return words('stain_dab');
  return words('stain_other');
}

const DARK_FIELD_LUMINANCE = 90;
const BROWN_FOR_DAB = 0.05;

export interface CheckContext {
  stain: StainEstimate | null;
  family?: StainFamily;
}

/** A model that normalises stain gets its unnormalised resize measured instead. */
export function checkContextFor(meta: Pick<ModelMetadata, 'input' | 'inputCheck'>, image: RgbaImage, modelInput: Float32Array): CheckContext {
  const family = meta.inputCheck?.stainFamily;
  const reference = meta.input.stainReference ?? meta.input.stainNormalisation;
  if (!family || !reference) return { stain: null };
  const raw = meta.input.stainNormalisation ? preprocess(image, meta.input) : modelInput;
  return { stain: familyStain(raw, meta.input.width, meta.input.height, reference, family), family };
}

export function checkInput(image: RgbaImage, strictness: CheckStrictness = 'standard', context?: CheckContext): InputCheck {
  return checkStatistics(image, imageStatistics(image), strictness, context);
}

export function checkStatistics(image: RgbaImage, stats: ImageStatistics, strictness: CheckStrictness = 'standard', context?: CheckContext): InputCheck {
  const t = CHECK_THRESHOLDS[strictness];
  const family = context?.family;
  const stain = context?.stain;
  const distance = stain && family ? stainFamilyDistance(stain, family) : undefined;
  const reasonWords = rejectionWords(image, stats, t) ?? (family && distance ? stainWords(family, t, stats, distance) : undefined);
  return {
    assessable: reasonWords === undefined,
    ...(reasonWords ? { reason: inEnglish(CHECK_REASON_ENGLISH, reasonWords), reasonWords } : {}),
    tissueFraction: stats.tissueFraction,
    tissueCoverage: stats.tissueCoverage,
    ...(distance ? { stainDistance: distance } : {}),
  };
}
