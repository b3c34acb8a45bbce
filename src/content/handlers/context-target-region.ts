import type { Handler } from '../../shared/dispatch';
import { contextTargetRegion } from '../context-target-region';

export const contextTargetRegionHandler: Handler<'context-target-region'> = async ({ action }) => contextTargetRegion(action);
