// A batch of tile-map windows, in the host: the stored image is decoded once and kept, windows
// are cut here and the tissue tiles run as one model pass, so only rectangles and verdicts cross
// messages.
import { MIN_TILE_TISSUE } from '../core/run-tiles';
import type { RgbaImage } from '../core/types';
import { decodeStoredImage } from '../shared/decode-stored-image';
import { ClassifierError } from '../shared/errors';
import type { BackendPreference, EncodedImage, TileVerdict, TileWindow } from '../shared/messages';
import { cutTileWindow } from './cut-tile-window';
import { getClassifier } from './classifier-cache';
import { t } from '../shared/i18n';

let held: { key: string; bitmap: Promise<ImageBitmap> } | null = null;

function holdImage(key: string, image: EncodedImage): Promise<ImageBitmap> {
  if (held) void held.bitmap.then((b) => b.close(), () => undefined);
  const bitmap = decodeStoredImage(image).catch((err: unknown) => {
    throw new ClassifierError('decode-failed', (err as Error).message);
  });
  held = { key, bitmap };
  bitmap.catch(() => {
    if (held?.bitmap === bitmap) held = null;
  });
  return bitmap;
}

/** Null when the host holds no image under `key` and got none: the caller asks again with it. */
export async function classifyTileWindows(
  key: string, load: (() => Promise<EncodedImage>) | undefined, windows: readonly TileWindow[], backend: BackendPreference, baseUrl: string,
): Promise<TileVerdict[] | null> {
  let bitmap: Promise<ImageBitmap>;
  if (held?.key === key) bitmap = held.bitmap;
  else if (load) bitmap = holdImage(key, await load());
  else return null;
  const [source, classifier] = await Promise.all([bitmap, getClassifier(backend, baseUrl)]);
  const verdicts: TileVerdict[] = [];
  const tissue: { at: number; image: RgbaImage }[] = [];
  for (const [i, w] of windows.entries()) {
    if (w.x + w.size > source.width || w.y + w.size > source.height) {
      throw new ClassifierError('invalid-message', t('error_tile_outside', i, w.size, w.x, w.y, source.width, source.height));
    }
    const { image, tissueFraction } = cutTileWindow(source, w);
    verdicts.push({ tissueFraction, result: null });
    if (tissueFraction >= MIN_TILE_TISSUE) tissue.push({ at: i, image });
  }
  if (tissue.length === 0) return verdicts;
  try {
    const results = await classifier.classifyBatch(tissue.map((t) => t.image));
    tissue.forEach((t, j) => (verdicts[t.at].result = results[j]));
  } catch (err) {
    throw new ClassifierError('inference-failed', t('error_tile_batch', tissue.length, (err as Error).message));
  }
  return verdicts;
}
