// Whether an image file ends where its format says: browsers paint a truncated file's rest grey,
// which the model would classify as tissue. Trailing bytes after the end marker are allowed.
import type { ImageType } from './image-header';

const JPEG_SOS = 0xda;
const JPEG_EOI = 0xd9;

function jpegScanStart(b: Uint8Array): number {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return -1;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === JPEG_SOS) return i;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    i += 2 + ((b[i + 2] << 8) | b[i + 3]);
  }
  return -1;
}

function hasJpegEnd(b: Uint8Array): boolean {
  // After the first scan, FF D9 can only be the end marker (entropy-coded 0xFF is followed by 0x00 or a restart).
  const scan = jpegScanStart(b);
  if (scan < 0) return false;
  for (let i = b.length - 2; i > scan; i--) if (b[i] === 0xff && b[i + 1] === JPEG_EOI) return true;
  return false;
}

function hasPngEnd(b: Uint8Array): boolean {
  // The IEND chunk: length 0, type "IEND", CRC; looked for near the end only.
  for (let i = b.length - 8; i >= Math.max(8, b.length - 4096); i--) {
    if (b[i] === 0x49 && b[i + 1] === 0x45 && b[i + 2] === 0x4e && b[i + 3] === 0x44) return true;
  }
  return false;
}

function hasGifEnd(b: Uint8Array): boolean {
  // The trailer byte 0x3B; a few bytes of padding after it are tolerated.
  for (let i = b.length - 1; i >= Math.max(13, b.length - 16); i--) if (b[i] === 0x3b) return true;
  return false;
}

function littleEndian32(b: Uint8Array, i: number): number {
  return b[i] + (b[i + 1] << 8) + (b[i + 2] << 16) + ((b[i + 3] << 24) >>> 0);
}

export function isImageComplete(b: Uint8Array, type: ImageType): boolean {
  switch (type) {
    case 'jpeg':
      return hasJpegEnd(b);
    case 'png':
      return hasPngEnd(b);
    case 'gif':
      return hasGifEnd(b);
    case 'webp':
      return b.length >= 8 + littleEndian32(b, 4); // RIFF size counts the bytes after it
    case 'bmp':
      return b.length >= littleEndian32(b, 2); // bfSize: the whole file
  }
}
