import type { HandlerRegistry } from '../../shared/dispatch';
import { runExplain } from './run-explain';
import { runModel } from './run-model';

export const offscreenHandlers: HandlerRegistry<'offscreen'> = {
  'run-model': runModel,
  'run-explain': runExplain,
};
