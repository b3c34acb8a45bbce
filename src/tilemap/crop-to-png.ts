/** A crop of the image as a PNG, for "Classify selection". */
import { bytesToBase64 } from '../shared/base64';

export async function cropToPng(source: ImageBitmap, rect: { x: number; y: number; width: number; height: number }): Promise<string> {
  const c = new OffscreenCanvas(rect.width, rect.height);
  c.getContext('2d')!.drawImage(source, rect.x, rect.y, rect.width, rect.height, 0, 0, rect.width, rect.height);
  return bytesToBase64(new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer()));
}
