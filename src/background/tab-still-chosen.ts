// A capture of the visible tab takes whatever the screen shows, so it may only happen while
// the tab the user picked in is still the one in front (the active tab of the window that
// last had focus) and soon after the pick: a region or a late reply that arrives after the
// user moved to another tab must not screenshot that tab instead.
import { browser } from '../shared/browser-api';
import { ClassifierError } from '../shared/errors';
import { t } from '../shared/i18n';

export const CAPTURE_WITHIN_MS = 10_000;

export async function assertTabStillChosen(tabId: number, pickedAt: number, now = Date.now()): Promise<void> {
  if (now - pickedAt > CAPTURE_WITHIN_MS) throw new ClassifierError('forbidden', t('error_capture_too_late'));
  const [front] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (front?.id !== tabId) throw new ClassifierError('forbidden', t('error_capture_tab_changed'));
}
