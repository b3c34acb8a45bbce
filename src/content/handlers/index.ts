import type { HandlerRegistry } from '../../shared/dispatch';
import { batchBadge } from './batch-badge';
import { findImages } from './find-images';
import { hoveredImage } from './hovered-image';
import { contextTargetRegionHandler } from './context-target-region';
import { overlayUpdate } from './overlay-update';
import { readBlobUrl } from './read-blob-url';
import { startRegionCapture } from './start-region-capture';

export const contentHandlers: HandlerRegistry<'content'> = {
  'overlay-update': overlayUpdate,
  'read-blob-url': readBlobUrl,
  'find-images': findImages,
  'batch-badge': batchBadge,
  'hovered-image': hoveredImage,
  'start-region-capture': startRegionCapture,
  'context-target-region': contextTargetRegionHandler,
};
