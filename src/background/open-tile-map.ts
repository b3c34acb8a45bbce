// Opens the tile map page beside the tab it came from, for an image URL (read as
// "Classify tissue" reads it) or for an image the background stored already (a capture).
import { browser } from '../shared/browser-api';
import type { TileMapSource } from '../shared/messages';
import { storeImage } from '../shared/tile-map-store';
import { acquireImage } from './acquire-image';
import { t } from '../shared/i18n';

export const TILE_MAP_PAGE = 'src/tilemap/index.html';

export async function openTileMapPage(storedId: string, openerTabId?: number): Promise<void> {
  const url = browser.runtime.getURL(`${TILE_MAP_PAGE}?id=${encodeURIComponent(storedId)}`);
  const opener = openerTabId !== undefined ? await browser.tabs.get(openerTabId).catch(() => null) : null;
  await browser.tabs.create({ url, ...(opener ? { openerTabId: opener.id, index: opener.index + 1, windowId: opener.windowId } : {}) });
}

export async function openTileMap(source: TileMapSource, tabId: number | undefined, frameId = 0): Promise<void> {
  let storedId: string;
  if ('storedId' in source) {
    storedId = source.storedId;
  } else {
    if (tabId === undefined) throw new Error(t('error_tile_map_needs_tab'));
    const image = await acquireImage(source.srcUrl, tabId, frameId);
    storedId = await storeImage({ image, title: image.name, scale: { kind: 'image' }, pick: false });
  }
  await openTileMapPage(storedId, tabId);
}
