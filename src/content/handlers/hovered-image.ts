/** Background → content: the image the keyboard shortcut should classify. */
import type { Handler } from '../../shared/dispatch';
import { rememberImageElement } from '../find-image-element';
import { imageForShortcut } from '../pointer-target';

export const hoveredImage: Handler<'hovered-image'> = async () => {
  const img = imageForShortcut();
  const srcUrl = img ? img.currentSrc || img.src || null : null;
  // The overlay that follows anchors to this element, as after a right-click.
  if (img && srcUrl) rememberImageElement(img);
  return { srcUrl };
};
