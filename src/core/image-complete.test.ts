import { describe, expect, it } from 'vitest';
import { animatedGif, bombPng, onePixelPng, paddedJpeg, readTissuePng, tissueBytes, truncatedJpeg } from '../../tests/helpers/bad-images';
import { isImageComplete } from './image-complete';
import { readImageHeader } from './image-header';

const u8 = (b: Buffer) => new Uint8Array(b);

describe('isImageComplete', () => {
  it('accepts whole real JPEG and PNG files, and a JPEG with 1 MB of comments', () => {
    expect(isImageComplete(u8(tissueBytes('benign-lungn726.jpg')), 'jpeg')).toBe(true);
    expect(isImageComplete(u8(tissueBytes('benign-lungn726.png')), 'png')).toBe(true);
    expect(isImageComplete(u8(paddedJpeg('benign-lungn726.jpg', 1)), 'jpeg')).toBe(true);
    expect(isImageComplete(u8(onePixelPng()), 'png')).toBe(true);
    expect(isImageComplete(u8(bombPng()), 'png')).toBe(true);
  });

  it('refuses files cut off before their end marker', () => {
    const jpeg = u8(truncatedJpeg());
    expect(readImageHeader(jpeg)).toMatchObject({ type: 'jpeg', width: 224 }); // the header survives
    expect(isImageComplete(jpeg, 'jpeg')).toBe(false);
    const png = u8(tissueBytes('benign-lungn726.png'));
    expect(isImageComplete(png.subarray(0, png.length - 20_000), 'png')).toBe(false);
  });

  it('tells a whole GIF from a cut one', () => {
    const gif = u8(animatedGif([readTissuePng('benign-lungn726.png')]));
    expect(readImageHeader(gif)).toEqual({ type: 'gif', width: 224, height: 224 });
    expect(isImageComplete(gif, 'gif')).toBe(true);
    expect(isImageComplete(gif.subarray(0, gif.length - 1000), 'gif')).toBe(false);
  });

  it('checks the declared sizes of WebP and BMP', () => {
    const riff = new Uint8Array(40);
    new DataView(riff.buffer).setUint32(4, 32, true);
    expect(isImageComplete(riff, 'webp')).toBe(true);
    expect(isImageComplete(riff.subarray(0, 30), 'webp')).toBe(false);
    const bmp = new Uint8Array(100);
    new DataView(bmp.buffer).setUint32(2, 100, true);
    expect(isImageComplete(bmp, 'bmp')).toBe(true);
    expect(isImageComplete(bmp.subarray(0, 99), 'bmp')).toBe(false);
  });
});
