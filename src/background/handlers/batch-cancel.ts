/** Popup → background: stop a tab's batch after the image in progress. */
import type { Handler } from '../../shared/dispatch';
import { cancelBatch } from '../page-batch';

export const batchCancel: Handler<'batch-cancel'> = async ({ tabId }) => cancelBatch(tabId);
