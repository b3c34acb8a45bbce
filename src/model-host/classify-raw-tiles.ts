/**
 * Classifies a batch of tile-map tiles in the inference host (both browsers). Tiles
 * arrive as raw RGBA already cut to the model's size by the tile map page, so there is
 * nothing to decode; the whole batch is one model pass (Classifier.classifyBatch) on one
 * turn of the classifier's queue, instead of one pass and one queue turn per tile.
 */
import type { Classification, RgbaImage } from '../core/types';
import { base64ToBytes } from '../shared/base64';
import { ClassifierError } from '../shared/errors';
import type { BackendPreference, RawPixels } from '../shared/messages';
import { getClassifier } from './model-host';
import { t } from '../shared/i18n';

export async function classifyRawTiles(tiles: RawPixels[], backend: BackendPreference, baseUrl: string): Promise<Classification[]> {
  const classifier = await getClassifier(backend, baseUrl);
  const images: RgbaImage[] = tiles.map((tile, i) => {
    const data = base64ToBytes(tile.base64);
    if (data.length !== tile.width * tile.height * 4) {
      throw new ClassifierError('invalid-message', t('error_tile_bytes', i, data.length, tile.width, tile.height));
    }
    return { width: tile.width, height: tile.height, data };
  });
  try {
    return await classifier.classifyBatch(images);
  } catch (err) {
    throw new ClassifierError('inference-failed', t('error_tile_batch', tiles.length, (err as Error).message));
  }
}
