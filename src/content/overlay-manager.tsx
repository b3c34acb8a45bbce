/**
 * Mounts one overlay per classified image, each in its own shadow root (page styles
 * cannot leak in), positioned beside its image and kept there on scroll and resize.
 */
import { render } from 'preact';
import type { ErrorInfo } from '../shared/errors';
import type { OverlayUpdate } from '../shared/messages';
import { DEFAULT_SETTINGS, readSettings, watchSettings, type OverlayPosition } from '../shared/settings';
import { UI_CSS } from '../ui/styles';
import { findImageElement } from './find-image-element';
import { Overlay } from './Overlay';
import { placeOverlay } from './place-overlay';
import { regionMarker, requestTileMap } from './region-anchor';
import { overlayTrustActions } from './trust-actions';

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  anchor: Element | null;
  update: OverlayUpdate;
  /** Where focus was before a keyboard-opened card took it; given back on close. */
  returnFocus?: Element | null;
}

const overlays = new Map<string, Mounted>();
let frame = 0;

// The options page's overlay position applies at once: read with the first overlay, and
// followed on every change after that.
let position: OverlayPosition = DEFAULT_SETTINGS.overlayPosition;
let watching = false;
function followPositionSetting(): void {
  if (watching) return;
  watching = true;
  const apply = (s: { overlayPosition: OverlayPosition }) => {
    position = s.overlayPosition;
    schedule();
  };
  void readSettings().then(apply, () => undefined);
  watchSettings(apply);
}

function reposition(): void {
  frame = 0;
  for (const m of overlays.values()) {
    const rect = m.anchor?.isConnected ? m.anchor.getBoundingClientRect() : null;
    const { left, top } = placeOverlay(rect, { width: window.innerWidth, height: window.innerHeight }, position);
    m.host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}

function schedule(): void {
  frame ||= requestAnimationFrame(reposition);
}

function close(requestId: string): void {
  const m = overlays.get(requestId);
  if (!m) return;
  render(null, m.root);
  m.host.remove();
  if (m.anchor?.localName === 'lung-tissue-classifier-region') m.anchor.remove();
  overlays.delete(requestId);
  if (m.returnFocus instanceof HTMLElement && m.returnFocus.isConnected) m.returnFocus.focus();
  if (overlays.size === 0) {
    window.removeEventListener('scroll', schedule, true);
    window.removeEventListener('resize', schedule);
    document.removeEventListener('keydown', onKeyDown);
  }
}

function onKeyDown(event: KeyboardEvent): void {
  // Esc on the page dismisses the newest overlay, unless the page used that Esc itself
  // (its own dialog or lightbox): we listen in the bubble phase and respect preventDefault.
  if (event.key !== 'Escape' || event.defaultPrevented || overlays.size === 0) return;
  close(Array.from(overlays.keys()).pop()!);
}

function mount(update: OverlayUpdate): Mounted {
  const anchor = update.region ? regionMarker(update.region) : findImageElement(update.srcUrl);
  // Re-classifying the same image reuses its overlay instead of stacking a second one.
  for (const [id, m] of overlays) {
    if (anchor && m.anchor === anchor) {
      overlays.delete(id);
      overlays.set(update.requestId, m);
      return m;
    }
  }
  followPositionSetting();
  const host = document.createElement('lung-tissue-classifier-overlay');
  host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = UI_CSS;
  root.append(style, document.createElement('div'));
  document.documentElement.append(host);
  if (overlays.size === 0) {
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    document.addEventListener('keydown', onKeyDown);
  }
  const m = { host, root, anchor, update };
  overlays.set(update.requestId, m);
  return m;
}

export function showOverlayUpdate(update: OverlayUpdate): boolean {
  const m = overlays.get(update.requestId) ?? mount(update);
  m.update = update;
  if (update.focus && m.returnFocus === undefined) m.returnFocus = document.activeElement;
  // The card's buttons refer to its image by the request id, the grant the background
  // issued on the click; the page's copy of the address is never sent back.
  const tileMap = update.tileMap !== undefined || !update.region;
  const showError = (error: ErrorInfo) => showOverlayUpdate({ ...update, tileMap: undefined, state: { kind: 'error', error } });
  const onTileMap = tileMap && update.state.kind === 'result' ? () => void requestTileMap(update.requestId, showError) : undefined;
  render(<Overlay state={update.state} onClose={() => close(update.requestId)} onTileMap={onTileMap} trust={overlayTrustActions(update.requestId)} />, m.root.lastElementChild as HTMLElement);
  reposition();
  // Opened from the keyboard: focus goes into the card, so Esc and Tab act on it at once
  // and a screen reader reads it. Only when focus is not already inside it.
  if (update.focus && !m.host.shadowRoot?.activeElement) m.root.querySelector<HTMLElement>('.ltc-overlay')?.focus();
  return true;
}
