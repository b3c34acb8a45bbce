// What a right-click on a non-<img> was about (canvas, video, SVG, CSS background). Viewers put
// transparent control layers above their canvas, so elements below the click point count too.
import { visiblePart } from '../core/region-crop';
import type { RegionAction, RegionSelection } from '../shared/messages';
import { t } from '../shared/i18n';

let lastPoint: { x: number; y: number } | null = null;

export function rememberContextPoint(event: MouseEvent): void {
  lastPoint = { x: event.clientX, y: event.clientY };
}

function isCapturable(el: Element): boolean {
  if (el instanceof HTMLCanvasElement || el instanceof HTMLVideoElement || el instanceof SVGSVGElement) return true;
  if (el instanceof HTMLImageElement) return true;
  return /url\(/.test(getComputedStyle(el).backgroundImage);
}

function contains(el: Element, p: { x: number; y: number }): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && p.x >= r.left && p.x < r.right && p.y >= r.top && p.y < r.bottom;
}

function findCapturable(): Element | null {
  if (!lastPoint) return null;
  const p = lastPoint;
  for (const el of document.elementsFromPoint(p.x, p.y)) {
    if (el === document.documentElement || el === document.body) continue;
    const svg = el instanceof SVGElement && !(el instanceof SVGSVGElement) ? el.ownerSVGElement : null;
    if (isCapturable(svg ?? el)) return svg ?? el;
  }
  // elementsFromPoint skips elements with pointer-events: none, which is how viewers such
  // as OpenSeadragon draw their canvas under an event-catching layer.
  const media = Array.from(document.querySelectorAll('canvas, video, svg')).filter((el) => contains(el, p));
  return media.at(-1) ?? null;
}

export function contextTargetRegion(action: RegionAction): { selection: RegionSelection | null; what: string } {
  if (window !== window.top) {
    return { selection: null, what: t('region_in_frame') };
  }
  const el = findCapturable();
  if (!el) {
    return { selection: null, what: t('region_nothing_here') };
  }
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const box = el.getBoundingClientRect();
  const rect = visiblePart({ x: box.x, y: box.y, width: box.width, height: box.height }, viewport);
  if (!rect) return { selection: null, what: t('region_not_visible', el.localName) };
  return {
    selection: { rect, viewport, scroll: { x: window.scrollX, y: window.scrollY }, devicePixelRatio: window.devicePixelRatio, action },
    what: el.localName,
  };
}
