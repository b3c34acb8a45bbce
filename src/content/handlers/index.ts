import type { HandlerRegistry } from '../../shared/dispatch';
import { contextTargetRegionHandler } from './context-target-region';
import { overlayUpdate } from './overlay-update';
import { readBlobUrl } from './read-blob-url';
import { startRegionCapture } from './start-region-capture';

export const contentHandlers: HandlerRegistry<'content'> = {
  'overlay-update': overlayUpdate,
  'read-blob-url': readBlobUrl,
  'start-region-capture': startRegionCapture,
  'context-target-region': contextTargetRegionHandler,
};
