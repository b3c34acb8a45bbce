// A captured region has no element to sit beside, so an invisible marker element is put
// at its place in the document; the overlay then follows it on scroll like an image.
import type { Rect } from '../core/region-crop';

export function regionMarker(region: Rect): Element {
  const marker = document.createElement('lung-tissue-classifier-region');
  marker.setAttribute('aria-hidden', 'true');
  marker.style.cssText = `all: initial; position: absolute; pointer-events: none; visibility: hidden;
    left: ${region.x}px; top: ${region.y}px; width: ${region.width}px; height: ${region.height}px;`;
  document.documentElement.append(marker);
  return marker;
}
