/**
 * The overlay's heat-map and model-card actions. A content script cannot open extension
 * pages, and the pixels are read by the background (host permission), so both go there.
 */
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { envelope, type Explanation } from '../shared/messages';
import type { TrustActions } from '../ui/trust-actions';
import { t } from '../shared/i18n';

/** `grant`: the card's request id, which the background issued for the image the user chose. */
export function overlayTrustActions(grant: string): TrustActions {
  return {
    async explain() {
      return unwrapReply<Explanation>(await browser.runtime.sendMessage(envelope('explain-image', { grant })), t('who_extension'));
    },
    openModelCard() {
      void browser.runtime.sendMessage(envelope('open-model-card', { grant }));
    },
  };
}
