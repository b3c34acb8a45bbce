// One result card in the page: a closed shadow root holding an extension-origin frame, so page
// script can neither read the result and heat-map pixels nor click the buttons. The channel is
// in src/shared/card-frame.ts.
import * as v from 'valibot';
import { browser } from '../shared/browser-api';
import { CARD_CHANNEL_KEY, CARD_PAGE, FromCardSchema, type CardState, type FromCard } from '../shared/card-frame';
import { t } from '../shared/i18n';
import CARD_FALLBACK_CSS from './card-fallback.css?raw';

export interface CardFrame {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  /** Who hears what the card says; the overlay it serves (a spare frame serves the next one). */
  listen(onMessage: (message: FromCard) => void): void;
  /** Kept loaded but out of sight, for the next card on this page; `reveal` shows it again. */
  hide(): void;
  reveal(): void;
  ready(): boolean;
  /** Sends what to show; queued until the frame has its port. */
  show(state: CardState): void;
  /** The background or the whole extension went away: a plain text message in place of the frame. */
  showText(text: string): void;
  remove(): void;
}

export function mountCardFrame(onMessage: (message: FromCard) => void, onReady: () => void): CardFrame {
  let hear = onMessage;
  const host = document.createElement('lung-tissue-classifier-overlay');
  host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  const url = browser.runtime.getURL(CARD_PAGE);
  // Not `new URL(url).origin`: Firefox gives 'null' for moz-extension: addresses (a scheme
  // the URL standard does not know), and no message would ever match it.
  const origin = browser.runtime.getURL('').replace(/\/$/, '');
  const nonce = crypto.randomUUID();
  frame.name = nonce;
  frame.title = t('overlay_label');
  // The card's "Copy result" button writes to the clipboard from inside the frame.
  frame.allow = 'clipboard-write';
  // Sized by the card's own size reports; nothing shows until the first one.
  frame.style.cssText = 'all: initial; display: block; border: 0; width: 0; height: 0; color-scheme: normal; background: transparent;';
  frame.src = url;

  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent) => {
    const parsed = v.safeParse(FromCardSchema, event.data);
    if (parsed.success) hear(parsed.output);
  };
  let handedOver = false;
  const onFrameMessage = (event: MessageEvent) => {
    if (handedOver || event.source !== frame.contentWindow || event.origin !== origin) return;
    handedOver = true;
    window.removeEventListener('message', onFrameMessage);
    frame.contentWindow?.postMessage({ [CARD_CHANNEL_KEY]: nonce }, origin, [channel.port2]);
    onReady();
  };
  window.addEventListener('message', onFrameMessage);
  root.append(frame);
  document.documentElement.append(host);

  const remove = () => {
    window.removeEventListener('message', onFrameMessage);
    channel.port1.close();
    host.remove();
  };
  return {
    host,
    frame,
    listen(next) {
      hear = next;
    },
    hide() {
      host.hidden = true;
      host.style.display = 'none';
      channel.port1.postMessage({ kind: 'clear' });
    },
    reveal() {
      host.hidden = false;
      host.style.removeProperty('display');
    },
    ready: () => handedOver,
    show: (state) => channel.port1.postMessage(state),
    showText(text) {
      const box = document.createElement('p');
      box.setAttribute('role', 'alert');
      box.textContent = text;
      const style = document.createElement('style');
      style.textContent = CARD_FALLBACK_CSS;
      root.replaceChildren(style, box);
      handedOver = false; // no frame any more: nothing to reuse
      channel.port1.close();
    },
    remove,
  };
}
