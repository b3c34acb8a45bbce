/**
 * The tile map page's one door to the extension: read the stored image, classify a batch
 * of tiles, classify one crop. The UI receives these as `actions`, so it renders in a
 * plain page for previews and tests too.
 */
import type { Classification } from '../core/types';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { envelope, type EncodedImage, type RawPixels } from '../shared/messages';
import { readStoredImage, type StoredImage } from '../shared/tile-map-store';
import { t } from '../shared/i18n';

export interface TileMapActions {
  classifyTiles(tiles: RawPixels[]): Promise<Classification[]>;
  classifyImage(image: EncodedImage): Promise<Classification>;
}

export const extensionActions: TileMapActions = {
  async classifyTiles(tiles) {
    const reply: unknown = await browser.runtime.sendMessage(envelope('classify-tiles', { tiles }));
    return unwrapReply<{ results: Classification[] }>(reply, t('who_extension')).results;
  },
  async classifyImage(image) {
    const reply: unknown = await browser.runtime.sendMessage(envelope('classify-image', { image }));
    return unwrapReply<Classification>(reply, t('who_extension'));
  },
};

export async function loadStoredImage(id: string | null): Promise<StoredImage> {
  if (!id) throw new Error(t('tm_no_image'));
  const stored = await readStoredImage(id);
  if (!stored) throw new Error(t('tm_image_gone'));
  return stored;
}
