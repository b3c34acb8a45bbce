// Tile map page → the inference host, one batch of windows per message. The page names the
// image by the id the background stored it under (only the tile map page may send this,
// src/shared/sender-policy.ts); the image itself is read here, and only when the host does
// not hold it yet, so it crosses to the host once per map.
import type { Handler } from '../../shared/dispatch';
import { ClassifierError } from '../../shared/errors';
import { readStoredImage } from '../../shared/tile-map-store';
import { backendPreference } from '../backend-preference';
import { inferenceHost } from '#inference-host';
import { t } from '../../shared/i18n';

export const classifyTiles: Handler<'classify-tiles'> = async ({ storedId, windows }) => {
  const load = async () => {
    const stored = await readStoredImage(storedId);
    if (!stored) throw new ClassifierError('not-an-image', t('tm_image_gone'));
    return stored.image;
  };
  return { verdicts: await inferenceHost.runTiles(storedId, load, windows, await backendPreference()) };
};
