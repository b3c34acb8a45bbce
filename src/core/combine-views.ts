// Test-time augmentation: the logits of several views of one image → one set of logits
// (their mean, as training/evaluate.py does) and how many views agree with the result.
import type { ViewAgreement } from './types';

function argmax(values: ArrayLike<number>, start: number, count: number): number {
  let best = 0;
  for (let i = 1; i < count; i++) if (values[start + i] > values[start + best]) best = i;
  return best;
}

export function combineViews(logits: ArrayLike<number>, views: number): { logits: number[]; agreement: ViewAgreement } {
  if (views < 1 || logits.length % views !== 0) throw new Error(`${logits.length} outputs cannot be split into ${views} views`);
  const classes = logits.length / views;
  const mean = new Array<number>(classes).fill(0);
  for (let v = 0; v < views; v++) for (let c = 0; c < classes; c++) mean[c] += logits[v * classes + c] / views;
  const top = argmax(mean, 0, classes);
  let agreeing = 0;
  for (let v = 0; v < views; v++) if (argmax(logits, v * classes, classes) === top) agreeing++;
  return { logits: mean, agreement: { views, agreeing } };
}
