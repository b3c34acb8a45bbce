import type { HandlerRegistry } from '../../shared/dispatch';
import { classifyImage } from './classify-image';

export const backgroundHandlers: HandlerRegistry<'background'> = {
  'classify-image': classifyImage,
};
