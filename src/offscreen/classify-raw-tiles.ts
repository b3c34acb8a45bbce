/**
 * Classifies a batch of tile-map tiles in the inference host (both browsers). Tiles
 * arrive as raw RGBA already cut to the model's size by the tile map page, so there is
 * nothing to decode; the batch runs back to back on the classifier's one queue.
 */
import type { Classification } from '../core/types';
import { base64ToBytes } from '../shared/base64';
import { ClassifierError } from '../shared/errors';
import type { BackendPreference, RawPixels } from '../shared/messages';
import { getClassifier } from './model-host';

export async function classifyRawTiles(tiles: RawPixels[], backend: BackendPreference, baseUrl: string): Promise<Classification[]> {
  const classifier = await getClassifier(backend, baseUrl);
  const results: Classification[] = [];
  for (const [i, tile] of tiles.entries()) {
    const data = base64ToBytes(tile.base64);
    if (data.length !== tile.width * tile.height * 4) {
      throw new ClassifierError('invalid-message', `Tile ${i} has ${data.length} bytes, not ${tile.width}×${tile.height} RGBA pixels.`);
    }
    try {
      // No zoom: the tile map's window already sets the scale.
      results.push(await classifier.classify({ width: tile.width, height: tile.height, data }, { zoom: false }));
    } catch (err) {
      throw new ClassifierError('inference-failed', `The model could not classify tile ${i}: ${(err as Error).message}`);
    }
  }
  return results;
}
