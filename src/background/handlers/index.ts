import type { HandlerRegistry } from '../../shared/dispatch';
import { batchCancel } from './batch-cancel';
import { batchStart } from './batch-start';
import { batchStatusHandler } from './batch-status';
import { classifyImage } from './classify-image';
import { historyDelete } from './history-delete';
import { historyList } from './history-list';

export const backgroundHandlers: HandlerRegistry<'background'> = {
  'classify-image': classifyImage,
  'history-list': historyList,
  'history-delete': historyDelete,
  'batch-start': batchStart,
  'batch-cancel': batchCancel,
  'batch-status': batchStatusHandler,
};
