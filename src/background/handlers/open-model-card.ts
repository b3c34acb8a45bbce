/** Opens the model card page (content scripts cannot open extension pages themselves). */
import type { Handler } from '../../shared/dispatch';
import { browser } from '../../shared/browser-api';

export const openModelCard: Handler<'open-model-card'> = async () => {
  await browser.tabs.create({ url: browser.runtime.getURL('src/model-card/index.html') });
  return { opened: true };
};
