import type { Handler } from '../../shared/dispatch';
import { showLostRequest, showOverlayUpdate } from '../overlay-manager';
import { watchPendingRequest } from '../watch-pending-request';

export const overlayUpdate: Handler<'overlay-update'> = async (update) => {
  const shown = showOverlayUpdate(update);
  // After showing: a background that is already gone turns this update into an error.
  watchPendingRequest(update, showLostRequest);
  return { shown };
};
