/**
 * The words the UI shows and announces. Kept free of the DOM so the exact strings that
 * end-to-end tests read from the aria-live region are unit-tested in one place.
 */
import type { Classification } from '../core/types';
import type { OverlayState } from '../shared/messages';

export type LoadingStage = Extract<OverlayState, { kind: 'loading' }>['stage'];

/** 0.971 → "97.1 %". Always one decimal so the numbers in a column line up. */
export function formatPercent(p: number): string {
  // A probability outside [0, 1] is a rounding artefact; never show "-0.0 %" or "100.2 %".
  const clamped = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  return `${(clamped * 100).toFixed(1)} %`;
}

/** What the aria-live region says when a result arrives, e.g. "Adenocarcinoma 97.1 %". */
export function announcement(result: Classification): string {
  return `${result.top.displayName} ${formatPercent(result.top.probability)}`;
}

export function loadingText(stage: LoadingStage): string {
  switch (stage) {
    case 'reading-image':
      return 'Reading the image…';
    case 'loading-model':
      return 'Loading the model (first use)…';
    case 'classifying':
      return 'Classifying…';
  }
}
