/** The evaluation numbers that training/export.py stores in metadata.json, read defensively. */
import type { ModelMetadata } from '../core/model-metadata';

export interface SplitMetrics {
  accuracy: number;
  macro_f1: number;
  ece_15?: number;
  n: number;
  per_class?: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

export interface ModelMetrics {
  test?: SplitMetrics;
  test_uncalibrated?: SplitMetrics;
  val?: SplitMetrics;
  test_tta8?: SplitMetrics;
}

const isSplit = (v: unknown): v is SplitMetrics =>
  typeof v === 'object' && v !== null && typeof (v as SplitMetrics).accuracy === 'number' && typeof (v as SplitMetrics).n === 'number';

export function modelMetrics(metadata: ModelMetadata): ModelMetrics {
  const raw = (metadata.training as { metrics?: Record<string, unknown> } | undefined)?.metrics ?? {};
  const out: ModelMetrics = {};
  for (const key of ['test', 'test_uncalibrated', 'val', 'test_tta8'] as const) if (isSplit(raw[key])) out[key] = raw[key];
  return out;
}
