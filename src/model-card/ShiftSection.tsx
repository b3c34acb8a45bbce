/**
 * The model card's section on images unlike the training data: what the extension does about
 * stain and magnification, and the shift check's numbers from metadata.json (training/shift_check.py).
 */
import type { ModelMetadata } from '../core/model-metadata';
import { formatPercent } from '../ui/result-text';

interface ShiftReport {
  n: number;
  accuracy: number;
  confident_wrong: number;
  accuracy_by_magnification?: Record<string, number>;
}

function shiftCheck(metadata: ModelMetadata): { shift: ShiftReport; shift_at_shift_temperature: ShiftReport } | null {
  const raw = (metadata.training as { metrics?: { shift_check?: unknown } } | undefined)?.metrics?.shift_check as
    | { shift?: ShiftReport; shift_at_shift_temperature?: ShiftReport }
    | undefined;
  return raw?.shift && raw.shift_at_shift_temperature ? { shift: raw.shift, shift_at_shift_temperature: raw.shift_at_shift_temperature } : null;
}

export function ShiftSection({ metadata }: { metadata: ModelMetadata }) {
  const check = shiftCheck(metadata);
  const { stainNormalisation, stainReference, scale } = metadata.input;
  if (!check && !stainNormalisation && !stainReference && !scale) return null;
  const m = check?.shift.accuracy_by_magnification;
  return (
    <>
      <h2>Images from other laboratories</h2>
      <ul>
        {stainNormalisation && <li>Every image is re-coloured onto the training images’ haematoxylin and eosin (Macenko stain normalisation) before the model sees it.</li>}
        {!stainNormalisation && stainReference && (
          <li>The model was trained on LC25000 re-coloured with other laboratories’ measured stains; each image’s stain is compared with the training stain.</li>
        )}
        {scale && (
          <li>
            The size of the nuclei is measured; when they are smaller than in training images shrunk to a third, up to {scale.maxTiles} zoomed-in
            windows are classified and averaged, and the card says so.
          </li>
        )}
        <li>Images whose stain or magnification is unlike the training images are never worded “Likely”, and the card says why.</li>
        {check && (
          <li data-testid="mc-shift-check">
            Shift check (validation images re-stained with other laboratories’ stains, at 1, ½ and ⅓ magnification, JPEG-compressed):
            {' '}{formatPercent(check.shift.accuracy)} of {check.shift.n.toLocaleString('en')} right
            {m ? ` (${formatPercent(m['1/1'])}, ${formatPercent(m['1/2'])}, ${formatPercent(m['1/3'])} by magnification)` : ''};
            {' '}{check.shift_at_shift_temperature.confident_wrong} wrong answers at 90 % or more with the temperature used for such images.
            Real images from other hospitals were not available to measure here.
          </li>
        )}
      </ul>
    </>
  );
}
