// The evaluation numbers training/export.py and training/shift_check.py store in
// metadata.json (`training.metrics`), as schemas: the model card reads them through these,
// and a split or report that does not match is left out rather than shown wrong.
import * as v from 'valibot';
import type { ModelMetadata } from './model-metadata';

const number = v.number();

export const SplitMetricsSchema = v.object({
  accuracy: number,
  macro_f1: number,
  ece_15: v.optional(number),
  n: number,
  per_class: v.optional(v.record(v.string(), v.object({ precision: number, recall: number, f1: number, support: number }))),
  confusion: v.optional(v.array(v.array(number))),
});
export type SplitMetrics = v.InferOutput<typeof SplitMetricsSchema>;

export const ShiftReportSchema = v.object({
  n: number,
  accuracy: number,
  confident_wrong: number,
  recall: v.optional(v.record(v.string(), number)),
  accuracy_by_magnification: v.optional(v.record(v.string(), number)),
});
export type ShiftReport = v.InferOutput<typeof ShiftReportSchema>;

const split = v.fallback(v.optional(SplitMetricsSchema), undefined);
const ModelMetricsSchema = v.object({
  test: split,
  test_uncalibrated: split,
  val: split,
  test_tta8: split,
  shift_check: v.fallback(v.optional(v.object({ shift: ShiftReportSchema, shift_at_shift_temperature: ShiftReportSchema })), undefined),
});
export type ModelMetrics = v.InferOutput<typeof ModelMetricsSchema>;

export function modelMetrics(metadata: ModelMetadata): ModelMetrics {
  const raw = (metadata.training as { metrics?: unknown } | undefined)?.metrics;
  const parsed = v.safeParse(ModelMetricsSchema, raw ?? {});
  return parsed.success ? parsed.output : {};
}
