import type { HandlerRegistry } from '../../shared/dispatch';
import { runExplain } from './run-explain';
import { runModel } from './run-model';
import { runModelTiles } from './run-model-tiles';

export const offscreenHandlers: HandlerRegistry<'offscreen'> = {
  'run-model': runModel,
  'run-model-tiles': runModelTiles,
  'run-explain': runExplain,
};
