import type { HandlerRegistry } from '../../shared/dispatch';
import { overlayUpdate } from './overlay-update';
import { readBlobUrl } from './read-blob-url';

export const contentHandlers: HandlerRegistry<'content'> = {
  'overlay-update': overlayUpdate,
  'read-blob-url': readBlobUrl,
};
