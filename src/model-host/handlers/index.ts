import type { HandlerRegistry } from '../../shared/dispatch';
import { hostExplainImage } from './host-explain-image';
import { hostClassifyImage } from './host-classify-image';
import { hostClassifyTiles } from './host-classify-tiles';

export const modelHostHandlers: HandlerRegistry<'model-host'> = {
  'host-classify-image': hostClassifyImage,
  'host-classify-tiles': hostClassifyTiles,
  'host-explain-image': hostExplainImage,
};
