// Finds the element a context-menu click was about. Chrome's menu event carries only the
// image URL, so the content script remembers the last right-clicked element and matches
// it by URL; failing that, the first image on the page with that URL.
let lastTarget: Element | null = null;

export function rememberContextMenuTarget(event: MouseEvent): void {
  lastTarget = event.composedPath().find((n): n is Element => n instanceof Element) ?? null;
}

/** The keyboard shortcut picks its image without a right-click; the overlay anchors to it the same way. */
export function rememberImageElement(el: Element): void {
  lastTarget = el;
}

function sourceOf(el: Element): string | null {
  if (el instanceof HTMLImageElement) return el.currentSrc || el.src;
  if (el instanceof HTMLVideoElement) return el.poster || null;
  if (el instanceof SVGImageElement) return el.href.baseVal;
  return null;
}

export function findImageElement(srcUrl: string): Element | null {
  if (lastTarget?.isConnected) {
    const img = lastTarget.closest('img') ?? lastTarget;
    if (sourceOf(img) === srcUrl) return img;
  }
  for (const img of Array.from(document.images)) {
    if (img.currentSrc === srcUrl || img.src === srcUrl) return img;
  }
  return lastTarget?.isConnected ? lastTarget : null;
}
