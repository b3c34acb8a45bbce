import type { Handler } from '../../shared/dispatch';
import { startRegionPicker } from '../region-picker';

// Only the top frame shows the picker: the capture covers the whole tab.
export const startRegionCapture: Handler<'start-region-capture'> = async ({ action, grant }) =>
  ({ started: window === window.top && startRegionPicker(action, grant) });
