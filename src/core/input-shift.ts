// How far an input is from the training images, measured before the model runs: its stain angle
// and its nucleus size. A shifted input gets the shift-check temperature and is never worded
// "Likely" (confidence-wording.ts).
import type { ModelMetadata } from './model-metadata';
import type { StainEstimate } from './stain-normalise';
import type { InputShift } from './types';
import { inEnglish, type CoreWords, type EnglishWords, type ShiftNoteId } from './core-words';

/** Largest angle (radians) between matching unit stain vectors of `a` and the training stain. */
export function stainAngle(a: StainEstimate['stains'], training: number[][]): number {
  let worst = 0;
  for (let s = 0; s < 2; s++) {
    const dot = a[s][0] * training[s][0] + a[s][1] * training[s][1] + a[s][2] * training[s][2];
    worst = Math.max(worst, Math.acos(Math.min(1, Math.max(-1, dot))));
  }
  return worst;
}

export type { ShiftNoteId };

export const SHIFT_NOTE_ENGLISH: EnglishWords<ShiftNoteId> = {
  stain_normalised: () => 'Staining unlike the training images: colours were normalised, treat the answer with care.',
  stain: () => 'Staining unlike the training images: treat the answer with care.',
  zoomed: (windows) => `Lower magnification than the training images: ${windows} zoomed-in windows were classified and averaged.`,
  lower: () => 'Lower magnification than the training images: treat the answer with care.',
  higher: () => 'Higher magnification than the training images: treat the answer with care.',
  features: () => 'Unlike the H&E images the model was trained on (tissue, stain or preparation): treat the answer with care.',
};

const note = (id: ShiftNoteId, ...args: (string | number)[]): CoreWords<ShiftNoteId> => ({ id, args: args.map(String) });

export function assessShift(
  input: ModelMetadata['input'],
  stain: StainEstimate | null,
  relativeScale: number | null,
  zoomWindows: number,
  feature?: { distance: number; unlikeAbove: number },
  /** The input's stain-family ratio and the ratio from which it is flagged (stain-family.ts). */
  stainFamily?: { ratio: number; unlikeAbove: number },
): InputShift | undefined {
  const sn = input.stainNormalisation ?? input.stainReference;
  const sc = input.scale;
  if (!sn && !sc && !feature && !stainFamily) return undefined;
  const notes: CoreWords<ShiftNoteId>[] = [];
  const angle = stain && sn?.unlikeAngle !== undefined ? stainAngle(stain.stains, sn.stains) : null;
  const stainUnlike = angle !== null && angle > sn!.unlikeAngle!;
  if (stainUnlike) {
    notes.push(note(input.stainNormalisation ? 'stain_normalised' : 'stain'));
  }
  let scaleUnlike = false;
  if (relativeScale !== null && sc) {
    if (zoomWindows > 0) {
      notes.push(note('zoomed', zoomWindows));
    } else if (relativeScale < sc.zoomBelow) {
      scaleUnlike = true;
      notes.push(note('lower'));
    } else if (relativeScale > sc.magnifiedAbove) {
      scaleUnlike = true;
      notes.push(note('higher'));
    }
  }
  // Unlike H&E: features far from the training images', or a stain the check accepts but that
  // lies farther from every known H&E stain than 99.5 % of LC25000's validation images do.
  const featureUnlike = (feature !== undefined && feature.distance > feature.unlikeAbove)
    || (stainFamily !== undefined && stainFamily.ratio >= stainFamily.unlikeAbove);
  if (featureUnlike) notes.push(note('features'));
  return {
    unlikeTraining: stainUnlike || scaleUnlike || zoomWindows > 0 || featureUnlike,
    stainAngle: angle,
    relativeScale,
    zoomWindows,
    ...(feature ? { featureDistance: feature.distance } : {}),
    ...(stainFamily ? { stainFamilyRatio: stainFamily.ratio } : {}),
    ...(feature || stainFamily ? { unlikeHe: featureUnlike } : {}),
    notes: notes.map((n) => inEnglish(SHIFT_NOTE_ENGLISH, n)),
    noteWords: notes,
  };
}
