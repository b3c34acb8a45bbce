/** Content script → background: the user finished dragging a region. */
import type { Handler } from '../../shared/dispatch';
import { browser } from '../../shared/browser-api';
import { ClassifierError } from '../../shared/errors';
import { classifyRegion } from '../classify-region';
import { assertTabStillChosen } from '../tab-still-chosen';
import { redeemGrant } from '../user-grants';
import { t } from '../../shared/i18n';

export const regionSelected: Handler<'region-selected'> = async ({ grant: id, ...selection }, sender) => {
  if (sender.tabId === undefined) throw new ClassifierError('internal', t('error_region_no_tab'));
  // Only a pick the user started, once, soon, and while its tab is in front: else a page could screenshot itself or another tab at will.
  const pick = await redeemGrant(id, ['region-pick'], sender, 'capture');
  await assertTabStillChosen(sender.tabId, Date.now());
  const tab = await browser.tabs.get(sender.tabId);
  // Answer once the screenshot is taken (the page hides our result cards until then, so
  // they are not captured); the result reaches the page as an overlay update.
  await new Promise<void>((captured) => void classifyRegion({ ...selection, action: pick.action }, tab, sender.frameId ?? 0, captured));
  return { accepted: true };
};
