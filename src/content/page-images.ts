/**
 * Finds the images on a page worth classifying for "Classify all images on this page":
 * visible, rendered at least `minSize` CSS px on both sides, with the URL the browser
 * actually shows. Handles (docs/WORKFLOW.md):
 * - `srcset`/`<picture>`: `currentSrc`, the candidate the browser chose;
 * - `loading="lazy"` images not loaded yet (below the fold): switched to eager loading and
 *   awaited, so the browser picks and fetches the srcset candidate as it would on scroll;
 * - script lazy-loaders (`data-src`, `data-lazy-src`, `data-original`, `data-srcset`)
 *   that show a placeholder until scrolled to: the real URL is read from the attribute
 *   (the page is not changed).
 */
import type { ImageCandidate, PageScan } from '../shared/batch';

const LAZY_LOAD_TIMEOUT_MS = 10_000;
const DATA_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original'];

const elements = new Map<string, WeakRef<HTMLImageElement>>();
// A second run on the same page reuses each image's id, so its badge updates in place.
const ids = new WeakMap<HTMLImageElement, string>();
let nextId = 0;

export function imageById(id: string): HTMLImageElement | null {
  return elements.get(id)?.deref() ?? null;
}

function isVisible(img: HTMLImageElement): boolean {
  const rect = img.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return false;
  return img.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
}

/** The largest `w` (or `x`) candidate of a srcset attribute, resolved against the page. */
function largestOfSrcset(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    const size = parseFloat(descriptor) || 1;
    if (url && (!best || size > best.size)) best = { url, size };
  }
  return best ? new URL(best.url, document.baseURI).href : null;
}

/** Placeholder shown by script lazy-loaders: no src, a tiny data: image, or a 1-px image. */
function isPlaceholder(img: HTMLImageElement): boolean {
  const src = img.getAttribute('src');
  return !src || src.startsWith('data:') || (img.complete && img.naturalWidth <= 2);
}

function dataSrcOf(img: HTMLImageElement): string | null {
  for (const name of DATA_SRC_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (value) return new URL(value, document.baseURI).href;
  }
  const srcset = img.getAttribute('data-srcset');
  return srcset ? largestOfSrcset(srcset) : null;
}

function loaded(img: HTMLImageElement): Promise<void> {
  if (img.complete) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
    setTimeout(done, LAZY_LOAD_TIMEOUT_MS);
  });
}

async function sourceOf(img: HTMLImageElement): Promise<{ url: string; origin: ImageCandidate['origin'] } | null> {
  const dataSrc = isPlaceholder(img) ? dataSrcOf(img) : null;
  if (dataSrc) return { url: dataSrc, origin: 'data-src' };
  if (!img.complete && img.loading === 'lazy') {
    // What scrolling would do: let the browser load it now (it picks the srcset candidate).
    img.loading = 'eager';
    await loaded(img);
    return img.currentSrc ? { url: img.currentSrc, origin: 'lazy-loaded' } : null;
  }
  await loaded(img);
  const url = img.currentSrc || img.src;
  return url ? { url, origin: 'current-src' } : null;
}

export async function findPageImages(minSize: number): Promise<PageScan> {
  const scan: PageScan = { candidates: [], tooSmall: 0, hidden: 0 };
  const pending: Promise<ImageCandidate | null>[] = [];
  for (const img of Array.from(document.images)) {
    if (!isVisible(img)) {
      scan.hidden++;
      continue;
    }
    const { width, height } = img.getBoundingClientRect();
    if (width < minSize || height < minSize) {
      scan.tooSmall++;
      continue;
    }
    pending.push(
      sourceOf(img).then((source) => {
        if (!source) return null;
        const id = ids.get(img) ?? `ltc-${++nextId}`;
        ids.set(img, id);
        elements.set(id, new WeakRef(img));
        return { id, srcUrl: source.url, width: Math.round(width), height: Math.round(height), alt: img.alt, origin: source.origin };
      }),
    );
  }
  for (const candidate of await Promise.all(pending)) if (candidate) scan.candidates.push(candidate);
  return scan;
}
