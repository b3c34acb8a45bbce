// One result card per request, beside its image and kept there on scroll and resize. This script
// reads no extension storage: the card frame reports its size and the position setting.
import { browser } from '../shared/browser-api';
import { CARD_FRAME_MARGIN, type FromCard } from '../shared/card-frame';
import type { OverlayUpdate } from '../shared/messages';
import type { OverlayPosition } from '../shared/settings';
import { mountCardFrame, type CardFrame } from './card-frame';
import { findImageElement } from './find-image-element';
import { CARD_WIDTH, placeOverlay } from './place-overlay';
import { regionMarker } from './region-anchor';

interface Mounted {
  card: CardFrame;
  anchor: Element | null;
  update: OverlayUpdate;
  position: OverlayPosition;
  /** Where focus was before a keyboard-opened card took it; given back on close. */
  returnFocus?: Element | null;
}

const overlays = new Map<string, Mounted>();
let frame = 0;
/** The last closed card's frame, kept hidden for the next: a new frame costs a page load the busy model host would slow down. */
let spare: { card: CardFrame; position: OverlayPosition } | null = null;

function reposition(): void {
  frame = 0;
  for (const m of overlays.values()) {
    const rect = m.anchor?.isConnected ? m.anchor.getBoundingClientRect() : null;
    const { left, top } = placeOverlay(rect, { width: window.innerWidth, height: window.innerHeight }, m.position);
    m.card.host.style.transform = `translate(${Math.round(left) - CARD_FRAME_MARGIN}px, ${Math.round(top) - CARD_FRAME_MARGIN}px)`;
  }
}

function schedule(): void {
  frame ||= requestAnimationFrame(reposition);
}

function close(m: Mounted): void {
  const id = [...overlays].find(([, o]) => o === m)?.[0];
  if (id === undefined) return;
  if (!spare && m.card.ready() && extensionAlive()) {
    m.card.hide();
    m.card.listen(() => undefined);
    spare = { card: m.card, position: m.position };
  } else m.card.remove();
  if (m.anchor?.localName === 'lung-tissue-classifier-region') m.anchor.remove();
  overlays.delete(id);
  if (m.returnFocus instanceof HTMLElement && m.returnFocus.isConnected) m.returnFocus.focus();
  if (overlays.size === 0) {
    window.removeEventListener('scroll', schedule, true);
    window.removeEventListener('resize', schedule);
    document.removeEventListener('keydown', onKeyDown);
  }
}

function onKeyDown(event: KeyboardEvent): void {
  // Esc closes the newest card unless the page used it (bubble phase, preventDefault respected); only the user's own key.
  if (event.key !== 'Escape' || !event.isTrusted || event.defaultPrevented || overlays.size === 0) return;
  close(Array.from(overlays.values()).pop()!);
}

function onCardMessage(m: Mounted, message: FromCard): void {
  if (message.kind === 'close') return close(m);
  if (message.kind === 'position') {
    m.position = message.position;
    return schedule();
  }
  const style = m.card.frame.style;
  style.width = `${Math.min(Math.ceil(message.width), CARD_WIDTH * 2)}px`;
  style.height = `${Math.min(Math.ceil(message.height), window.innerHeight * 4)}px`;
}

function mount(update: OverlayUpdate): Mounted {
  const anchor = update.region ? regionMarker(update.region) : update.srcUrl ? findImageElement(update.srcUrl) : null;
  // Re-classifying the same image reuses its overlay instead of stacking a second one.
  for (const [id, m] of overlays) {
    if (anchor && m.anchor === anchor) {
      overlays.delete(id);
      overlays.set(update.requestId, m);
      return m;
    }
  }
  const m: Mounted = { card: null as unknown as CardFrame, anchor, update, position: spare?.position ?? 'auto' };
  const hear = (message: FromCard) => onCardMessage(m, message);
  if (spare) {
    m.card = spare.card;
    spare = null;
    m.card.listen(hear);
    m.card.reveal();
  } else {
    // Focus a keyboard-opened card once its frame holds the card page: focus given to a loading frame is lost.
    m.card = mountCardFrame(hear, () => {
      if (m.update.focus) m.card.frame.focus();
    });
  }
  if (overlays.size === 0) {
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    document.addEventListener('keydown', onKeyDown);
  }
  overlays.set(update.requestId, m);
  return m;
}

/** The extension is gone (reloaded or updated) when this script's runtime has no id any more. */
const extensionAlive = (): boolean => {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
};

export function showOverlayUpdate(update: OverlayUpdate): boolean {
  const m = overlays.get(update.requestId) ?? mount(update);
  m.update = update;
  if (update.focus && m.returnFocus === undefined) m.returnFocus = document.activeElement;
  // The card's buttons refer to its image by the request id, the grant the background
  // issued on the click; the page's copy of the address is never sent back.
  const tileMap = update.tileMap !== undefined || !update.region;
  m.card.show({ kind: 'state', grant: update.requestId, state: update.state, tileMap, focus: update.focus === true });
  if (update.focus && m.card.ready()) m.card.frame.focus();
  reposition();
  return true;
}

/** The background went away mid-request; the frame may have gone with the extension, so this script writes the message. */
export function showLostRequest(update: OverlayUpdate): void {
  const m = overlays.get(update.requestId) ?? mount(update);
  m.update = update;
  if (update.state.kind === 'error') m.card.showText(update.state.error.message);
  reposition();
}
