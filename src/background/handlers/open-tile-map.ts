/** The result card's "Tile map" button → open the tile map page for the image or region behind that card, once. */
import type { Handler } from '../../shared/dispatch';
import { openTileMap } from '../open-tile-map';
import { redeemGrant } from '../user-grants';

export const openTileMapHandler: Handler<'open-tile-map'> = async ({ grant: id }, sender) => {
  const grant = await redeemGrant(id, ['image', 'stored'], sender, 'tile-map');
  await openTileMap(grant.kind === 'image' ? { srcUrl: grant.srcUrl } : { storedId: grant.storedId }, grant.tabId, grant.frameId);
  return { opened: true };
};
