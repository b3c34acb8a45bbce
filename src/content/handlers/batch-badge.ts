import type { Handler } from '../../shared/dispatch';
import { showBadge } from '../batch-badges';

export const batchBadge: Handler<'batch-badge'> = async (update) => ({ shown: showBadge(update) });
