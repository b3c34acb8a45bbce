/** Popup → background: start classifying every candidate image of a tab. */
import type { Handler } from '../../shared/dispatch';
import { startBatch } from '../page-batch';

export const batchStart: Handler<'batch-start'> = async ({ tabId }) => startBatch(tabId);
