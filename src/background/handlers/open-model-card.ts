// Opens the model card page: from the popup, or a result card's button. Both are extension
// pages acting on the user's click; a content script may not send this, so a page cannot
// open tabs at will.
import type { Handler } from '../../shared/dispatch';
import { browser } from '../../shared/browser-api';

export const openModelCard: Handler<'open-model-card'> = async () => {
  await browser.tabs.create({ url: browser.runtime.getURL('src/model-card/index.html') });
  return { opened: true };
};
