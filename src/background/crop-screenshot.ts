// Cuts the user's region out of a visible-tab screenshot. Works in Chrome's service
// worker and Firefox's event page alike (createImageBitmap + OffscreenCanvas), so one
// code path serves both; the screenshot's own size gives the scale (devicePixelRatio and
// page zoom included, see src/core/region-crop.ts).
import { cropForCapture, type Rect } from '../core/region-crop';
import { bytesToBase64 } from '../shared/base64';
import { parseDataUrl } from '../shared/data-url';
import { ClassifierError } from '../shared/errors';
import type { EncodedImage } from '../shared/messages';
import { t } from '../shared/i18n';

export async function screenshotSize(dataUrl: string): Promise<{ width: number; height: number }> {
  const { bytes, mimeType } = parseDataUrl(dataUrl);
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

export async function cropScreenshot(dataUrl: string, rect: Rect, viewport: { width: number; height: number }, name: string): Promise<EncodedImage & { width: number; height: number }> {
  const { bytes, mimeType } = parseDataUrl(dataUrl);
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  try {
    const crop = cropForCapture(rect, viewport, bitmap);
    if (!crop) throw new ClassifierError('too-small', t('error_region_outside'));
    const canvas = new OffscreenCanvas(crop.width, crop.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ClassifierError('internal', t('error_no_canvas_crop'));
    ctx.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    return { base64: bytesToBase64(png), mimeType: 'image/png', name, width: crop.width, height: crop.height };
  } finally {
    bitmap.close();
  }
}
