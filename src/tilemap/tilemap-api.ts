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

export interface TileMapActions {
  classifyTiles(tiles: RawPixels[]): Promise<Classification[]>;
  classifyImage(image: EncodedImage): Promise<Classification>;
}

export const extensionActions: TileMapActions = {
  async classifyTiles(tiles) {
    const reply: unknown = await browser.runtime.sendMessage(envelope('classify-tiles', { tiles }));
    return unwrapReply<{ results: Classification[] }>(reply, 'the extension').results;
  },
  async classifyImage(image) {
    const reply: unknown = await browser.runtime.sendMessage(envelope('classify-image', { image }));
    return unwrapReply<Classification>(reply, 'the extension');
  },
};

export async function loadStoredImage(id: string | null): Promise<StoredImage> {
  if (!id) throw new Error('This page needs an image: open it from “Tile map…” on a result card or the page’s right-click menu.');
  const stored = await readStoredImage(id);
  if (!stored) throw new Error('This image is no longer available (the browser was restarted or newer tile maps replaced it). Open the tile map again from the page.');
  return stored;
}
