import type { HandlerRegistry } from '../../shared/dispatch';
import { classifyImage } from './classify-image';
import { explainImage } from './explain-image';
import { openModelCard } from './open-model-card';

export const backgroundHandlers: HandlerRegistry<'background'> = {
  'classify-image': classifyImage,
  'explain-image': explainImage,
  'open-model-card': openModelCard,
};
