/** Popup → background: where a tab's batch stands. */
import type { Handler } from '../../shared/dispatch';
import { batchStatus } from '../page-batch';

export const batchStatusHandler: Handler<'batch-status'> = async ({ tabId }) => batchStatus(tabId);
