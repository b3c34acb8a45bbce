// The images worth classifying on a page: visible, large enough, and only what the page shows
// (`currentSrc`, http(s), data: or blob:). An address the markup merely lists (`data-src`,
// `file:`) could make the extension fetch with the user's cookies (docs/HARDENING.md). Lazy
// images are switched to eager and awaited, as a scroll would (docs/WORKFLOW.md).
import { MAX_CANDIDATES, type ImageCandidate, type PageScan } from '../shared/batch';

const LAZY_LOAD_TIMEOUT_MS = 10_000;
const SHOWN_SCHEMES = ['http:', 'https:', 'data:', 'blob:'];

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

function loaded(img: HTMLImageElement): Promise<void> {
  if (img.complete) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
    setTimeout(done, LAZY_LOAD_TIMEOUT_MS);
  });
}

type Shown = { url: string } | { skipped: 'notShown' | 'otherScheme' };

/** The picture the browser displays for this element, once it has loaded. */
async function shownSource(img: HTMLImageElement): Promise<Shown> {
  if (!img.complete && img.loading === 'lazy') img.loading = 'eager'; // what scrolling would do
  await loaded(img);
  const url = img.currentSrc;
  // A lazy loader's placeholder (≤ 2 px), a broken or still-loading image shows nothing to classify.
  if (!url || !img.complete || img.naturalWidth <= 2 || img.naturalHeight <= 2) return { skipped: 'notShown' };
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return SHOWN_SCHEMES.includes(scheme) ? { url } : { skipped: 'otherScheme' };
}

export async function findPageImages(minSize: number): Promise<PageScan> {
  const scan: PageScan = { candidates: [], tooSmall: 0, hidden: 0, notShown: 0, otherScheme: 0 };
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
      shownSource(img).then((source) => {
        if ('skipped' in source) {
          scan[source.skipped]++;
          return null;
        }
        const id = ids.get(img) ?? `ltc-${++nextId}`;
        ids.set(img, id);
        elements.set(id, new WeakRef(img));
        return { id, srcUrl: source.url, width: Math.round(width), height: Math.round(height), alt: img.alt.slice(0, 4096) };
      }),
    );
  }
  for (const candidate of await Promise.all(pending)) if (candidate) scan.candidates.push(candidate);
  // The reply's limit; the background classifies far fewer (MAX_BATCH_IMAGES) and counts the rest.
  scan.candidates = scan.candidates.slice(0, MAX_CANDIDATES);
  return scan;
}
