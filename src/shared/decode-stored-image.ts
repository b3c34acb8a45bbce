/**
 * Decodes a tile-map image at full resolution (tiles need every pixel; the tile map page
 * shows it and the model host cuts tiles from it), after the same
 * header checks as classification: not an image, under 32 px, or over 50 MP is refused
 * with its reason before any pixels are allocated.
 */
import { readImageHeader } from '../core/image-header';
import { checkImageSize } from '../core/image-limits';
import { base64ToBytes } from './base64';
import type { EncodedImage } from './messages';

export async function decodeStoredImage(image: EncodedImage): Promise<ImageBitmap> {
  const bytes = base64ToBytes(image.base64);
  const header = readImageHeader(bytes);
  if (!header) throw new Error(`“${image.name}” is not a JPEG, PNG, GIF, WebP or BMP image.`);
  const problem = checkImageSize(header);
  if (problem) throw new Error(problem.message);
  try {
    return await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: `image/${header.type}` }));
  } catch {
    throw new Error(`“${image.name}” could not be decoded: the ${header.type.toUpperCase()} file may be truncated or corrupt.`);
  }
}
