// Result card frame entry. An extension page framed into the web page beside the image:
// it shows what the content script sends over its private channel, reports its size and
// the overlay-position setting back, and its buttons speak to the background directly.
import { render } from 'preact';
import * as v from 'valibot';
import { CARD_FRAME_MARGIN, CardClearSchema, CardStateSchema, type CardState, type FromCard } from '../shared/card-frame';
import type { ErrorInfo } from '../shared/errors';
import { readSettings, watchSettings, type Settings } from '../shared/settings';
import { UI_CSS } from '../ui/styles';
import { acceptCardChannel } from './accept-card-channel';
import { cardTrustActions, requestTileMap } from './card-actions';
import CARD_FRAME_CSS from './card-frame.css?raw';
import { Overlay } from './Overlay';
import { keepTrustedEventsOnly } from './trusted-events-only';

keepTrustedEventsOnly(window);
const style = document.createElement('style');
style.textContent = UI_CSS + CARD_FRAME_CSS;
document.head.append(style);
const app = document.getElementById('app');
if (!app) throw new Error('card: #app is missing from index.html');
app.style.setProperty('--ltc-frame-margin', `${CARD_FRAME_MARGIN}px`);

acceptCardChannel((port) => {
  const send = (message: FromCard) => port.postMessage(message);
  const position = (s: Settings) => send({ kind: 'position', position: s.overlayPosition });
  void readSettings().then(position, () => undefined);
  watchSettings(position);
  new ResizeObserver(() => send({ kind: 'size', width: app.offsetWidth, height: app.offsetHeight })).observe(app);

  let actions: { grant: string; trust: ReturnType<typeof cardTrustActions> } | null = null;
  let wantsFocus = false;
  const focusCard = () => {
    if (wantsFocus && !app.contains(document.activeElement)) app.querySelector<HTMLElement>('.ltc-overlay')?.focus();
  };
  // The content script focuses this frame when it is ready, which may come after the state.
  window.addEventListener('focus', focusCard);
  const show = (card: CardState) => {
    if (actions?.grant !== card.grant) actions = { grant: card.grant, trust: cardTrustActions(card.grant) };
    const showError = (error: ErrorInfo) =>
      show({ ...card, tileMap: false, focus: false, state: { kind: 'error', error } });
    const onTileMap = card.tileMap && card.state.kind === 'result'
      ? () => void requestTileMap(card.grant, () => show({ ...card, tileMap: false, focus: false }), showError)
      : undefined;
    render(<Overlay state={card.state} onClose={() => send({ kind: 'close' })} onTileMap={onTileMap} trust={actions.trust} />, app);
    // When the answer was on screen, on the page-wide clock: what the right-click benchmark reads.
    if (card.state.kind !== 'loading') performance.mark('card:answer');
    // Opened from the keyboard: focus into the card, so Esc and Tab act on it and a screen reader reads it.
    wantsFocus = card.focus;
    focusCard();
  };
  port.onmessage = (event: MessageEvent) => {
    const parsed = v.safeParse(CardStateSchema, event.data);
    if (parsed.success) return show(parsed.output);
    // Kept for the next card: nothing of this one's result or heat map stays behind.
    if (v.is(CardClearSchema, event.data)) {
      render(null, app);
      actions = null;
      wantsFocus = false;
    }
  };
});
