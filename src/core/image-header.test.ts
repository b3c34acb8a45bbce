import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from './image-header';
import { checkImageSize, decodeSize } from './image-limits';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/tissue', name)));

function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

describe('readImageHeader', () => {
  it('reads real JPEG and PNG files', () => {
    expect(readImageHeader(fixture('benign-lungn726.jpg'))).toEqual({ type: 'jpeg', width: 224, height: 224 });
    expect(readImageHeader(fixture('benign-lungn726.png'))).toEqual({ type: 'png', width: 224, height: 224 });
  });

  it('reads GIF, BMP and WebP (VP8X) headers', () => {
    expect(readImageHeader(new Uint8Array([...'GIF89a'].map((c) => c.charCodeAt(0)).concat([0x40, 0x01, 0xf0, 0x00])))).toEqual({ type: 'gif', width: 320, height: 240 });
    const bmp = new Uint8Array(26);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setInt32(18, 640, true);
    new DataView(bmp.buffer).setInt32(22, -480, true); // top-down BMPs have negative height
    expect(readImageHeader(bmp)).toEqual({ type: 'bmp', width: 640, height: 480 });
    const webp = new Uint8Array(30);
    webp.set([...'RIFF'].map((c) => c.charCodeAt(0)));
    webp.set([...'WEBPVP8X'].map((c) => c.charCodeAt(0)), 8);
    webp.set([0xff, 0x03, 0x00, 0xdf, 0x01, 0x00], 24); // 1024 × 480
    expect(readImageHeader(webp)).toEqual({ type: 'webp', width: 1024, height: 480 });
  });

  it('returns null for HTML, text and empty input', () => {
    expect(readImageHeader(new TextEncoder().encode('<!doctype html><p>Login</p>'))).toBeNull();
    expect(readImageHeader(new Uint8Array(0))).toBeNull();
  });

  it('lets a decompression bomb be refused from its header alone', () => {
    const header = readImageHeader(pngHeader(20000, 20000))!;
    expect(header).toEqual({ type: 'png', width: 20000, height: 20000 });
    expect(checkImageSize(header)?.code).toBe('too-large');
  });
});

describe('image limits', () => {
  it('refuses images under 32 px and accepts tissue tiles', () => {
    expect(checkImageSize({ width: 1, height: 1 })?.code).toBe('too-small');
    expect(checkImageSize({ width: 224, height: 31 })).toEqual({ code: 'too-small', width: 224, height: 31 });
    expect(checkImageSize({ width: 224, height: 224 })).toBeNull();
  });

  it('decodes large images at most 1024 px on the long side, keeping the aspect ratio', () => {
    expect(decodeSize(4000, 3000)).toEqual({ width: 1024, height: 768 });
    expect(decodeSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
