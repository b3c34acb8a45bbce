// The crosshair of "Classify a region…" (mouse drag, or arrows and Enter). It removes itself and
// waits for a repaint before the capture, so it is never in the screenshot. Only trusted events
// count: page script must not drag a region and so choose what the extension screenshots.
import type { Rect } from '../core/region-crop';
import { toErrorInfo } from '../shared/errors';
import { showOverlayUpdate } from './overlay-manager';
import type { RegionAction } from '../shared/messages';
import { sendToBackground } from '../shared/send-to-background';
import REGION_PICKER_CSS from './region-picker.css?raw';
import { messageParts, t } from '../shared/i18n';

const MIN_SIDE = 16;
const STEP = 10;
let closeActive: (() => void) | null = null;

const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

function normalise(x0: number, y0: number, x1: number, y1: number): Rect {
  return { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

/** The help line: the translated sentence with its bold name and key caps as elements, all set as text. */
function helpLine(verb: string): (string | Node)[] {
  const element = (tag: string, text: string, className?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  const parts = [element('strong', t('picker_name')), element('span', verb, 'verb'), element('kbd', t('picker_key_esc')),
    element('kbd', t('picker_key_shift')), element('kbd', t('picker_key_enter'))];
  return messageParts('picker_help', parts.length).map((piece) => (typeof piece === 'number' ? parts[piece] : piece));
}

/** `grant` is the background's token for this pick; the region is sent back with it. */
export function startRegionPicker(action: RegionAction, grant: string): boolean {
  closeActive?.();
  const host = document.createElement('lung-tissue-classifier-region-picker');
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const verb = t(action === 'tile-map' ? 'picker_verb_tile_map' : 'picker_verb_classify');
  // Static markup only, the dynamic parts set as text: addons.mozilla.org's linter
  // (and its reviewers) flag innerHTML built from variables (docs/STORE_LINT.md).
  root.innerHTML = `<style></style>
<div class="pane" role="dialog" aria-modal="true" aria-labelledby="ltc-rp-help" tabindex="-1" data-testid="ltc-region-picker">
  <div class="help" id="ltc-rp-help"></div>
  <div class="box" hidden><span class="size"></span></div>
  <div class="sr" aria-live="assertive"></div>
</div>`;
  root.querySelector('style')!.textContent = REGION_PICKER_CSS;
  root.querySelector('.help')!.append(...helpLine(verb));
  const pane = root.querySelector<HTMLElement>('.pane')!;
  const box = root.querySelector<HTMLElement>('.box')!;
  const size = root.querySelector<HTMLElement>('.size')!;
  const live = root.querySelector<HTMLElement>('.sr')!;
  let rect: Rect | null = null;
  let drag: { x: number; y: number } | null = null;

  const draw = () => {
    box.hidden = !rect;
    if (!rect) return;
    Object.assign(box.style, { left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    size.textContent = `${Math.round(rect.width)} × ${Math.round(rect.height)}`;
  };
  const close = () => {
    window.removeEventListener('keydown', onKey, true);
    host.remove();
    if (closeActive === close) closeActive = null;
  };
  const cancel = () => {
    close();
    // The background forgets the pick: a page cannot use its grant after the user said no.
    sendToBackground('region-cancelled', { grant }).catch(() => undefined);
  };
  const finish = async (r: Rect) => {
    close();
    // Our own result cards must not end up in the screenshot: hidden until it is taken.
    const cards = Array.from(document.querySelectorAll<HTMLElement>('lung-tissue-classifier-overlay'));
    for (const c of cards) c.style.visibility = 'hidden';
    await nextPaint();
    const selection = {
      rect: r,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scroll: { x: window.scrollX, y: window.scrollY },
      devicePixelRatio: window.devicePixelRatio,
      action,
    };
    try {
      await sendToBackground('region-selected', { ...selection, grant });
    } catch (err) {
      // Never silent: the card says why the region was not classified.
      const region = { x: r.x + selection.scroll.x, y: r.y + selection.scroll.y, width: r.width, height: r.height };
      showOverlayUpdate({ requestId: crypto.randomUUID(), region, state: { kind: 'error', error: toErrorInfo(err) } });
    } finally {
      for (const c of cards) c.style.visibility = '';
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (event.key === 'Escape') cancel();
    else if (event.key === 'Enter' && rect) void finish(rect);
    else if (event.key in arrows) {
      const [dx, dy] = arrows[event.key];
      rect ??= { x: window.innerWidth / 2 - 112, y: window.innerHeight / 2 - 112, width: 224, height: 224 };
      if (event.shiftKey) rect = { ...rect, width: Math.max(MIN_SIDE, rect.width + dx * STEP), height: Math.max(MIN_SIDE, rect.height + dy * STEP) };
      else rect = { ...rect, x: rect.x + dx * STEP, y: rect.y + dy * STEP };
      draw();
      live.textContent = t('picker_box', Math.round(rect.x), Math.round(rect.y), Math.round(rect.width), Math.round(rect.height));
    } else return;
    // The page must not act on keys meant for the picker (its own shortcuts, scrolling).
    event.preventDefault();
    event.stopPropagation();
  };
  pane.addEventListener('pointerdown', (e) => {
    if (!e.isTrusted || e.button !== 0 || (e.target as Element).closest('.help')) return;
    drag = { x: e.clientX, y: e.clientY };
    rect = normalise(drag.x, drag.y, drag.x, drag.y);
    pane.setPointerCapture(e.pointerId);
    draw();
    e.preventDefault();
  });
  pane.addEventListener('pointermove', (e) => {
    if (!e.isTrusted || !drag) return;
    rect = normalise(drag.x, drag.y, e.clientX, e.clientY);
    draw();
  });
  pane.addEventListener('pointerup', (e) => {
    if (!e.isTrusted || !drag) return;
    rect = normalise(drag.x, drag.y, e.clientX, e.clientY);
    drag = null;
    if (rect && rect.width >= MIN_SIDE && rect.height >= MIN_SIDE) void finish(rect);
    else {
      rect = null;
      draw();
      live.textContent = t('picker_too_small', MIN_SIDE);
    }
  });
  window.addEventListener('keydown', onKey, true);
  document.documentElement.append(host);
  closeActive = close;
  pane.focus();
  live.textContent = t('picker_start', verb);
  return true;
}
