// The tile map page's one door to the extension, passed to the UI as `actions` so the UI also
// renders in a plain page.
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
