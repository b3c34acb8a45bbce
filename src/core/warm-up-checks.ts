/**
 * Runs the per-image work before the model (resize, input check, stain and nucleus-scale
 * estimates) once on a small synthetic H&E-coloured image. The model host calls it while the
 * weights are fetched, so the first request does not also pay for compiling that code
 * (docs/PERFORMANCE.md, "Cold start"). Pure; the result is discarded.
 */
import { checkContextFor, checkInput } from './input-check';
import type { InputCheck } from './types';
import type { ModelMetadata } from './model-metadata';
import { estimateNucleusScale } from './nucleus-scale';
import { prepareInput } from './prepare-input';

const SIDE = 128;

export function warmUpChecks(metadata: Pick<ModelMetadata, 'input' | 'inputCheck'>): InputCheck {
  const data = new Uint8Array(SIDE * SIDE * 4);
  let seed = 1;
  for (let i = 0; i < SIDE * SIDE; i++) {
    // Pink stroma with purple nuclei and a little grain: the check's every rule runs to the end.
    const [x, y] = [i % SIDE, Math.floor(i / SIDE)];
    const nucleus = (x % 16 - 8) ** 2 + (y % 16 - 8) ** 2 < 20;
    seed = (seed * 1103515245 + 12345) >>> 0;
    const grain = (seed >>> 24) % 9 - 4;
    const [r, g, b] = nucleus ? [110, 70, 150] : [225, 150, 195];
    data.set([r + grain, g + grain, b + grain, 255], i * 4);
  }
  const image = { width: SIDE, height: SIDE, data };
  const { input } = prepareInput(image, metadata.input);
  estimateNucleusScale(image);
  return checkInput(image, 'standard', checkContextFor(metadata, image, input));
}
