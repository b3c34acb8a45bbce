/** Background → offscreen document: classify a batch of tile-map windows of the held image. */
import type { Handler } from '../../shared/dispatch';
import { classifyTileWindows } from '../classify-tile-windows';

export const hostClassifyTiles: Handler<'host-classify-tiles'> = async ({ imageKey, image, windows, backend }) =>
  ({ verdicts: await classifyTileWindows(imageKey, image && (async () => image), windows, backend, chrome.runtime.getURL('/')) });
