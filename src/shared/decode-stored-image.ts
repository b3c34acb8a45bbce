// Decodes a tile-map image at full resolution, after the same header checks as classification, so
// a bad image is refused before any pixels are allocated.
import { readImageHeader } from '../core/image-header';
import { checkImageSize } from '../core/image-limits';
import { base64ToBytes } from './base64';
import type { EncodedImage } from './messages';
import { t } from './i18n';
import { sizeProblemMessage } from './size-problem-message';

export async function decodeStoredImage(image: EncodedImage): Promise<ImageBitmap> {
  const bytes = base64ToBytes(image.base64);
  const header = readImageHeader(bytes);
  if (!header) throw new Error(t('error_not_supported_image', image.name));
  const problem = checkImageSize(header);
  if (problem) throw new Error(sizeProblemMessage(problem));
  try {
    return await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: `image/${header.type}` }));
  } catch {
    throw new Error(t('error_corrupt_image', image.name, header.type.toUpperCase()));
  }
}
