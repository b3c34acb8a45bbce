/** The overlay's "Tile map" button → open the tile map page for that image or region. */
import type { Handler } from '../../shared/dispatch';
import { openTileMap } from '../open-tile-map';

export const openTileMapHandler: Handler<'open-tile-map'> = async (source, sender) => {
  await openTileMap(source, sender.tabId, sender.frameId);
  return { opened: true };
};
