// `tabs.captureVisibleTab`, queued: Chrome allows 2 calls per second and fails beyond, so
// calls are spaced by a little over 500 ms instead of failing. PNG, so the crop the model
// sees has no JPEG artefacts on top of the page's own.
import { browser } from '../shared/browser-api';
import { ClassifierError } from '../shared/errors';
import { minIntervalQueue } from '../shared/min-interval-queue';
import { t } from '../shared/i18n';

const enqueue = minIntervalQueue(550);

export function captureVisibleTab(windowId: number | undefined): Promise<string> {
  return enqueue(async () => {
    try {
      return await browser.tabs.captureVisibleTab(windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'png' });
    } catch (err) {
      throw new ClassifierError('permission-denied', t('error_capture_refused', (err as Error).message));
    }
  });
}
