/**
 * The tile map page's one door to the extension: read the stored image, classify a batch
 * of its windows (the model host cuts them from its own copy of the stored image), classify
 * one crop. The UI receives these as `actions`, so it renders in a
 * plain page for previews and tests too.
 */
import type { Classification } from '../core/types';
import { browser } from '../shared/browser-api';
import { unwrapReply } from '../shared/dispatch';
import { envelope, type EncodedImage, type TileVerdict, type TileWindow } from '../shared/messages';
import { readStoredImage, type StoredImage } from '../shared/tile-map-store';
import { t } from '../shared/i18n';

export interface TileMapActions {
  /** Windows of the stored image `storedId`, in its pixels. */
  classifyTiles(storedId: string, windows: TileWindow[]): Promise<TileVerdict[]>;
  classifyImage(image: EncodedImage): Promise<Classification>;
}

export const extensionActions: TileMapActions = {
  async classifyTiles(storedId, windows) {
    const reply: unknown = await browser.runtime.sendMessage(envelope('classify-tiles', { storedId, windows }));
    return unwrapReply<{ verdicts: TileVerdict[] }>(reply, t('who_extension')).verdicts;
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
