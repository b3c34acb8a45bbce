// Classifies zoomed-in windows of one image (choose-zoom.ts) in one batch and averages their
// calibrated probabilities: a low-magnification figure judged at the training scale. The
// agreement says how many windows have the averaged top class.
import { cropRgba } from './crop-rgba';
import type { ZoomWindow } from './choose-zoom';
import type { ModelMetadata } from './model-metadata';
import type { ModelRunner } from './model-runner';
import { postprocess } from './postprocess';
import { prepareInput } from './prepare-input';
import type { Classification, RgbaImage } from './types';

export async function classifyWindows(
  runner: ModelRunner,
  image: RgbaImage,
  windows: ZoomWindow[],
  input: ModelMetadata['input'],
  meta: Pick<ModelMetadata, 'labels' | 'displayNames' | 'temperature' | 'output'>,
  featureLayer?: string,
): Promise<ReturnType<typeof postprocess> & { agreement: NonNullable<Classification['agreement']>; features?: Float32Array }> {
  const size = input.width * input.height * 3;
  const batch = new Float32Array(windows.length * size);
  windows.forEach((win, i) => batch.set(prepareInput(cropRgba(image, win.x, win.y, win.size), input).input, i * size));
  const { output: logits, activations } = await runner.runWithActivations(batch, windows.length, featureLayer);
  const k = meta.labels.length;
  const each = windows.map((_, i) => postprocess(logits.subarray(i * k, (i + 1) * k), meta));
  const mean = meta.labels.map((_, c) => each.reduce((a, r) => a + r.probabilities[c].probability, 0) / each.length);
  // Averaged probabilities, passed back through postprocess as log-probabilities at T = 1.
  const averaged = postprocess(mean, { ...meta, output: 'probabilities', temperature: 1 });
  const agreeing = each.filter((r) => r.top.label === averaged.top.label).length;
  return { ...averaged, agreement: { views: windows.length, agreeing, of: 'windows' }, ...(activations ? { features: activations } : {}) };
}
