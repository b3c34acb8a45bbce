/**
 * The tile map page's one door to the extension: read the stored image, classify a batch
 * of its windows (the model host cuts them from its own copy of the stored image), classify
 * one crop. The UI receives these as `actions`, so it renders in a
 * plain page for previews and tests too.
 */
import type { Classification } from '../core/types';
import type { EncodedImage, TileVerdict, TileWindow } from '../shared/messages';
import { sendToBackground } from '../shared/send-to-background';
import { readStoredImage, type StoredImage } from '../shared/tile-map-store';
import { t } from '../shared/i18n';

export interface TileMapActions {
  classifyTiles(storedId: string, windows: TileWindow[]): Promise<TileVerdict[]>;
  classifyImage(image: EncodedImage): Promise<Classification>;
}

export const extensionActions: TileMapActions = {
  classifyTiles: async (storedId, windows) => (await sendToBackground('classify-tiles', { storedId, windows })).verdicts,
  classifyImage: (image) => sendToBackground('classify-image', { image }),
};

export async function loadStoredImage(id: string | null): Promise<StoredImage> {
  if (!id) throw new Error(t('tm_no_image'));
  const stored = await readStoredImage(id);
  if (!stored) throw new Error(t('tm_image_gone'));
  return stored;
}
