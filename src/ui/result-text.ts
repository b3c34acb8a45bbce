// The words the UI shows and announces. Kept free of the DOM so the exact strings that
// end-to-end tests read from the aria-live region are unit-tested in one place.
import { formatPercent } from '../core/format-percent';
import type { Classification } from '../core/types';
import type { OverlayState } from '../shared/messages';
import { t } from '../shared/i18n';

export type LoadingStage = Extract<OverlayState, { kind: 'loading' }>['stage'];

export { formatPercent };

export function announcement(result: Classification): string {
  return t('class_percent', result.top.displayName, formatPercent(result.top.probability));
}

export function loadingText(stage: LoadingStage): string {
  switch (stage) {
    case 'reading-image':
      return t('loading_reading_image');
    case 'loading-model':
      return t('loading_model');
    case 'classifying':
      return t('loading_classifying');
  }
}
