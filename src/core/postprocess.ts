/** Model output → calibrated probabilities in label order, plus the top class. */
import type { ModelMetadata } from './model-metadata';
import type { ClassProbability } from './types';

export function softmaxWithTemperature(logits: ArrayLike<number>, temperature: number): number[] {
  const scaled = Array.from(logits, (v) => v / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / sum);
}

export function postprocess(
  output: ArrayLike<number>,
  meta: Pick<ModelMetadata, 'labels' | 'displayNames' | 'temperature' | 'output'>,
): { probabilities: ClassProbability[]; top: ClassProbability } {
  if (output.length !== meta.labels.length) {
    throw new Error(`model returned ${output.length} values for ${meta.labels.length} labels`);
  }
  // A probability output is calibrated by tempering its log-probabilities.
  const logits = meta.output === 'logits' ? Array.from(output) : Array.from(output, (p) => Math.log(Math.max(p, 1e-12)));
  const probs = softmaxWithTemperature(logits, meta.temperature);
  const probabilities = probs.map((probability, i) => ({
    label: meta.labels[i],
    displayName: meta.displayNames[i],
    probability,
  }));
  const top = probabilities.reduce((best, p) => (p.probability > best.probability ? p : best));
  return { probabilities, top };
}
