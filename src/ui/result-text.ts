/**
 * The words the UI shows and announces. Kept free of the DOM so the exact strings that
 * end-to-end tests read from the aria-live region are unit-tested in one place.
 */
import { formatPercent } from '../core/format-percent';
import type { Classification } from '../core/types';
import type { OverlayState } from '../shared/messages';

export type LoadingStage = Extract<OverlayState, { kind: 'loading' }>['stage'];

export { formatPercent };

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
