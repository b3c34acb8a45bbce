// The card's buttons, sent by the card itself (sender kind 'card'), so the heat map's pixels
// never pass through the page; `grant` is the request id the background issued on the click.
import { toErrorInfo, type ErrorInfo } from '../shared/errors';
import type { Explanation } from '../shared/messages';
import { sendToBackground } from '../shared/send-to-background';
import type { TrustActions } from '../ui/trust-actions';

export function cardTrustActions(grant: string): TrustActions {
  // The grant gives one heat map: showing it again after hiding it reuses this one.
  let explanation: Promise<Explanation> | null = null;
  return {
    explain() {
      explanation ??= sendToBackground('explain-image', { grant });
      explanation.catch(() => {
        explanation = null;
      });
      return explanation;
    },
    openModelCard() {
      sendToBackground('open-model-card', {}).catch(() => undefined);
    },
  };
}

/** The grant is spent on the first success, so the button then goes; a failure is shown. */
export async function requestTileMap(grant: string, onOpened: () => void, onError: (error: ErrorInfo) => void): Promise<void> {
  try {
    await sendToBackground('open-tile-map', { grant });
    onOpened();
  } catch (err) {
    onError(toErrorInfo(err));
  }
}
