/**
 * A captured region has no element to sit beside, so an invisible marker element is put
 * at its place in the document; the overlay then follows it on scroll like an image.
 */
import type { Rect } from '../core/region-crop';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { toErrorInfo, type ErrorInfo } from '../shared/errors';
import { envelope } from '../shared/messages';
import { t } from '../shared/i18n';

export function regionMarker(region: Rect): Element {
  const marker = document.createElement('lung-tissue-classifier-region');
  marker.setAttribute('aria-hidden', 'true');
  marker.style.cssText = `all: initial; position: absolute; pointer-events: none; visibility: hidden;
    left: ${region.x}px; top: ${region.y}px; width: ${region.width}px; height: ${region.height}px;`;
  document.documentElement.append(marker);
  return marker;
}

/** The overlay's "Tile map…" button: the background opens the tile map page; a failure is shown, not dropped. */
export async function requestTileMap(grant: string, onError: (error: ErrorInfo) => void): Promise<void> {
  try {
    unwrapReply(await browser.runtime.sendMessage(envelope('open-tile-map', { grant })), t('who_extension'));
  } catch (err) {
    onError(toErrorInfo(err));
  }
}
