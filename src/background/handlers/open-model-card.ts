/** Opens the model card page (content scripts cannot open extension pages themselves). */
import type { Handler } from '../../shared/dispatch';
import { browser } from '../../shared/browser-api';
import { ClassifierError } from '../../shared/errors';
import { redeemGrant } from '../user-grants';
import { t } from '../../shared/i18n';

export const openModelCard: Handler<'open-model-card'> = async ({ grant }, sender) => {
  // A page may only open it from a result card the user asked for, so it cannot open tabs at will.
  if (sender.kind === 'content') {
    if (grant === undefined) throw new ClassifierError('forbidden', t('error_page_model_card'));
    await redeemGrant(grant, ['image', 'stored'], sender);
  }
  await browser.tabs.create({ url: browser.runtime.getURL('src/model-card/index.html') });
  return { opened: true };
};
