/**
 * Is an input's stain haematoxylin and eosin at all? Its two Macenko vectors
 * (stain-normalise.ts) are compared with every H and E vector known from the training data
 * and from other laboratories (training/fit_input_check.py): the angle to the nearest known
 * one. Real H&E from a laboratory the fit has not seen lies within ~0.06 rad of a known one;
 * DAB, AEC, aniline blue, light green, silver or fluorescence pull a vector much farther.
 * Pure: no browser APIs.
 */
import type { StainEstimate } from './stain-normalise';

export interface StainFamily {
  /** Known haematoxylin and eosin optical-density directions (unit vectors). */
  haematoxylin: number[][];
  eosin: number[][];
  /** Largest angle (radians) to the nearest known H, and E, vector that still counts as H&E. */
  maxAngle: [number, number];
}

/** Optical-density direction of DAB (Ruifrok & Johnston 2001): to name the likely cause. */
const DAB = [0.268, 0.57, 0.776].map((v, _, a) => v / Math.hypot(...a));

function nearestAngle(v: number[], known: number[][]): number {
  let best = Math.PI;
  for (const k of known) {
    const dot = Math.abs(v[0] * k[0] + v[1] * k[1] + v[2] * k[2]);
    best = Math.min(best, Math.acos(Math.min(1, dot)));
  }
  return best;
}

/** Angles (radians) from the input's H and E vectors to the nearest known H and E vectors. */
export function stainFamilyDistance(stain: Pick<StainEstimate, 'stains'>, family: StainFamily): [number, number] {
  return [nearestAngle(stain.stains[0], family.haematoxylin), nearestAngle(stain.stains[1], family.eosin)];
}

/** Within this angle (radians) of DAB's direction, a second stain is named as DAB in the reason. */
const NEAR_DAB = 0.3;

/** True when the second stain is near DAB brown, and nearer to it than to any known eosin. */
export function looksLikeDab(stain: Pick<StainEstimate, 'stains'>, family: StainFamily): boolean {
  const toDab = nearestAngle(stain.stains[1], [DAB]);
  return toDab < NEAR_DAB && toDab < nearestAngle(stain.stains[1], family.eosin);
}
