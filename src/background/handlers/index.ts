import type { HandlerRegistry } from '../../shared/dispatch';
import { classifyImage } from './classify-image';
import { classifyTiles } from './classify-tiles';
import { openTileMapHandler } from './open-tile-map';
import { regionSelected } from './region-selected';

export const backgroundHandlers: HandlerRegistry<'background'> = {
  'classify-image': classifyImage,
  'classify-tiles': classifyTiles,
  'region-selected': regionSelected,
  'open-tile-map': openTileMapHandler,
};
