// Encoded image bytes → RGBA pixels, in a page with a DOM. The header is checked before
// decoding (size limits, non-images); large images are decoded straight to a smaller
// size by the browser's high-quality scaler so a 40 MP photo never becomes 160 MB.
import { isImageComplete } from '../core/image-complete';
import { readImageHeader } from '../core/image-header';
import { checkImageSize, decodeSize } from '../core/image-limits';
import type { RgbaImage } from '../core/types';
import { base64ToBytes } from '../shared/base64';
import { ClassifierError } from '../shared/errors';
import type { EncodedImage } from '../shared/messages';
import { t } from '../shared/i18n';
import { sizeProblemMessage } from '../shared/size-problem-message';

export async function decodeImage(image: EncodedImage): Promise<RgbaImage> {
  const bytes = base64ToBytes(image.base64);
  if (bytes.length === 0) throw new ClassifierError('not-an-image', t('error_empty_file', image.name));
  const header = readImageHeader(bytes);
  if (!header) {
    throw new ClassifierError('not-an-image', image.mimeType.startsWith('image/svg') ? t('error_svg', image.name)
      : image.mimeType && !image.mimeType.startsWith('image/') ? t('error_other_type', image.name, image.mimeType.split(';')[0])
      : t('error_not_supported_image', image.name));
  }
  const problem = checkImageSize(header);
  if (problem) throw new ClassifierError(problem.code, sizeProblemMessage(problem));
  if (!isImageComplete(bytes, header.type)) {
    throw new ClassifierError('decode-failed', t('error_incomplete', image.name, header.type.toUpperCase()));
  }

  const size = decodeSize(header.width, header.height);
  let bitmap: ImageBitmap;
  try {
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: `image/${header.type}` });
    bitmap = await createImageBitmap(blob, {
      premultiplyAlpha: 'none',
      ...(size.width !== header.width ? { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' } : {}),
    });
  } catch {
    throw new ClassifierError('decode-failed', t('error_corrupt_image', image.name, header.type.toUpperCase()));
  }
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new ClassifierError('internal', t('error_no_canvas_read'));
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width, height, data };
  } finally {
    bitmap.close();
  }
}
