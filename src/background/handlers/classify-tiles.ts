/** Tile map page → the inference host, one batch of tiles per message. */
import type { Handler } from '../../shared/dispatch';
import { backendPreference } from '../backend-preference';
import { inferenceHost } from '#inference-host';

export const classifyTiles: Handler<'classify-tiles'> = async ({ tiles }) =>
  ({ results: await inferenceHost.runTiles(tiles, await backendPreference()) });
