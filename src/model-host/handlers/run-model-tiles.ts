/** Background → offscreen document: classify a batch of tile-map tiles. */
import type { Handler } from '../../shared/dispatch';
import { classifyRawTiles } from '../classify-raw-tiles';

export const runModelTiles: Handler<'run-model-tiles'> = async ({ tiles, backend }) =>
  ({ results: await classifyRawTiles(tiles, backend, chrome.runtime.getURL('/')) });
