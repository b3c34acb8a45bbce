import type { Handler } from '../../shared/dispatch';
import { showOverlayUpdate } from '../overlay-manager';

export const overlayUpdate: Handler<'overlay-update'> = async (update) => ({ shown: showOverlayUpdate(update) });
