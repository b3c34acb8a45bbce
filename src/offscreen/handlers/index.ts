import type { HandlerRegistry } from '../../shared/dispatch';
import { runModel } from './run-model';

export const offscreenHandlers: HandlerRegistry<'offscreen'> = {
  'run-model': runModel,
};
