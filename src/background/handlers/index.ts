import type { HandlerRegistry } from '../../shared/dispatch';
import { batchCancel } from './batch-cancel';
import { batchStart } from './batch-start';
import { batchStatusHandler } from './batch-status';
import { classifyImage } from './classify-image';
import { historyDelete } from './history-delete';
import { historyList } from './history-list';
import { explainImage } from './explain-image';
import { openModelCard } from './open-model-card';
import { classifyTiles } from './classify-tiles';
import { openTileMapHandler } from './open-tile-map';
import { regionCancelled } from './region-cancelled';
import { regionSelected } from './region-selected';

export const backgroundHandlers: HandlerRegistry<'background'> = {
  'classify-image': classifyImage,
  'history-list': historyList,
  'history-delete': historyDelete,
  'batch-start': batchStart,
  'batch-cancel': batchCancel,
  'batch-status': batchStatusHandler,
  'classify-tiles': classifyTiles,
  'region-selected': regionSelected,
  'region-cancelled': regionCancelled,
  'open-tile-map': openTileMapHandler,
  'explain-image': explainImage,
  'open-model-card': openModelCard,
};
