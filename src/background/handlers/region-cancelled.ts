/** Content script → background: Esc in the region picker; that pick can capture nothing any more. */
import type { Handler } from '../../shared/dispatch';
import { revokeRegionPick } from '../user-grants';

export const regionCancelled: Handler<'region-cancelled'> = async ({ grant }, sender) => ({ revoked: await revokeRegionPick(grant, sender) });
