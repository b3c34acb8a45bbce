/**
 * Is this image something the model can judge — a colour H&E tissue image of usable size?
 * Runs with every classification; when it says no, the UI shows "Not assessable: <reason>"
 * instead of a confident class. Thresholds were set from the LC25000 training/validation
 * distributions and the tuning half of tests/fixtures/negatives (docs/INPUT_CHECK.md);
 * `scripts/trust/measure-input-check.ts` reports the false rejects and the catch rate.
 */
import { imageStatistics, type ImageStatistics } from './image-statistics';
import type { InputCheck, RgbaImage } from './types';

export type CheckStrictness = 'lenient' | 'standard' | 'strict';

export interface CheckThresholds {
  /** Shortest side in pixels. */
  minSide: number;
  /** Luminance standard deviation: below it the image is (nearly) one flat colour. */
  minLuminanceStd: number;
  minTissueFraction: number;
  /** Mean chroma of tissue pixels: below it the image is greyscale. */
  minChroma: number;
  /** Share of tissue pixels with H&E hues. */
  minHeFraction: number;
  /** Share of tissue pixels that are green/cyan. */
  maxGreenFraction: number;
  /** Share of identical neighbouring pixels: above it, a drawing, chart or screenshot. */
  maxFlatFraction: number;
}

export const CHECK_THRESHOLDS: Readonly<Record<CheckStrictness, CheckThresholds>> = {
  lenient: { minSide: 64, minLuminanceStd: 6, minTissueFraction: 0.2, minChroma: 8, minHeFraction: 0.15, maxGreenFraction: 0.25, maxFlatFraction: 0.75 },
  standard: { minSide: 96, minLuminanceStd: 8, minTissueFraction: 0.35, minChroma: 14, minHeFraction: 0.25, maxGreenFraction: 0.15, maxFlatFraction: 0.6 },
  strict: { minSide: 128, minLuminanceStd: 10, minTissueFraction: 0.5, minChroma: 20, minHeFraction: 0.35, maxGreenFraction: 0.12, maxFlatFraction: 0.5 },
};

const pct = (v: number) => `${Math.round(v * 100)} %`;

/** The first failed criterion as a short user-facing reason, or undefined when assessable. */
export function rejectionReason(image: { width: number; height: number }, s: ImageStatistics, t: CheckThresholds): string | undefined {
  const side = Math.min(image.width, image.height);
  if (side < t.minSide) return `image too small (${image.width}×${image.height} px; at least ${t.minSide} px on each side needed)`;
  if (s.luminanceStd < t.minLuminanceStd) return 'nearly blank or uniform image';
  if (s.tissueFraction < t.minTissueFraction) return `too little tissue (${pct(s.tissueFraction)} of the image)`;
  if (s.meanChroma < t.minChroma) return 'no colour: greyscale images cannot be H&E-stained tissue';
  if (s.flatFraction > t.maxFlatFraction) return 'looks like a drawing, chart or screenshot, not a micrograph';
  if (s.heFraction < t.minHeFraction) {
    return s.brownFraction > 0.4 ? 'colours unlike H&E staining: mostly brown, as in immunohistochemistry (DAB)' : 'colours unlike H&E staining';
  }
  if (s.greenFraction > t.maxGreenFraction) return 'colours unlike H&E staining (green or cyan areas)';
  return undefined;
}

export function checkInput(image: RgbaImage, strictness: CheckStrictness = 'standard'): InputCheck {
  const stats = imageStatistics(image);
  const reason = rejectionReason(image, stats, CHECK_THRESHOLDS[strictness]);
  return { assessable: reason === undefined, ...(reason ? { reason } : {}), tissueFraction: stats.tissueFraction };
}
