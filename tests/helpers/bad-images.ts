/**
 * Generates the malformed and hostile inputs of the hardening tests from the real
 * fixture tiles, so that no odd binary needs to be committed and each case says how it
 * was made.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

export const TISSUE = resolve(import.meta.dirname, '../fixtures/tissue');
export const tissueBytes = (file: string): Buffer => readFileSync(resolve(TISSUE, file));

/** The first 60 % of a real JPEG: a download cut off in the middle of its scan data. */
export function truncatedJpeg(file = 'benign-lungn726.jpg'): Buffer {
  const full = tissueBytes(file);
  return full.subarray(0, Math.floor(full.length * 0.6));
}

export function pngOf(width: number, height: number, rgba: Uint8Array | ((png: PNG) => void)): Buffer {
  const png = new PNG({ width, height });
  if (typeof rgba === 'function') rgba(png);
  else png.data.set(rgba);
  return PNG.sync.write(png);
}

export const onePixelPng = (): Buffer => pngOf(1, 1, new Uint8Array([200, 120, 160, 255]));

/**
 * A decompression bomb: a small, valid-looking PNG whose header claims 20000×20000
 * (1.6 GB of RGBA) over a few bytes of data. Built by patching a real 64×64 PNG's IHDR
 * and its CRC, so only the size is a lie.
 */
export function bombPng(): Buffer {
  const png = Buffer.from(pngOf(64, 64, (p) => p.data.fill(230)));
  png.writeUInt32BE(20000, 16);
  png.writeUInt32BE(20000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function readTissuePng(file: string): { width: number; height: number; data: Uint8Array } {
  const png = PNG.sync.read(tissueBytes(file));
  return { width: png.width, height: png.height, data: png.data };
}

/** A 6×7×6 colour cube (252 colours): enough for H&E to keep its look in a GIF. */
const LEVELS = [6, 7, 6];
function quantise(r: number, g: number, b: number): number {
  const q = (v: number, n: number) => Math.round((v / 255) * (n - 1));
  return (q(r, 6) * 7 + q(g, 7)) * 6 + q(b, 6);
}
function paletteColour(i: number): [number, number, number] {
  const b = i % 6, g = Math.floor(i / 6) % 7, r = Math.floor(i / 42);
  const v = (x: number, n: number) => Math.round((x * 255) / (n - 1));
  return [v(r, LEVELS[0]), v(g, LEVELS[1]), v(b, LEVELS[2])];
}

/**
 * RGBA → palette indices, and the RGBA the GIF will actually show. Floyd–Steinberg
 * dithered, as GIF encoders do by default: without it a coarse palette posterises tissue
 * into flat patches, which the input check rightly takes for a drawing.
 */
export function quantiseImage(img: { width: number; height: number; data: Uint8Array }): { indices: Uint8Array; shown: Uint8Array } {
  const { width, height } = img;
  const n = width * height;
  const indices = new Uint8Array(n);
  const shown = new Uint8Array(n * 4);
  const work = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) work[i * 3 + c] = img.data[i * 4 + c];
  const spread = (x: number, y: number, err: number[], weight: number) => {
    if (x < 0 || x >= width || y >= height) return;
    for (let c = 0; c < 3; c++) work[(y * width + x) * 3 + c] += (err[c] * weight) / 16;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const clamp = (v: number) => Math.min(255, Math.max(0, v));
      const want = [clamp(work[i * 3]), clamp(work[i * 3 + 1]), clamp(work[i * 3 + 2])];
      const k = quantise(want[0], want[1], want[2]);
      const got = paletteColour(k);
      indices[i] = k;
      shown.set([...got, 255], i * 4);
      const err = want.map((v, c) => v - got[c]);
      spread(x + 1, y, err, 7);
      spread(x - 1, y + 1, err, 3);
      spread(x, y + 1, err, 5);
      spread(x + 1, y + 1, err, 1);
    }
  }
  return { indices, shown };
}

/**
 * LZW for GIF without a dictionary: every pixel is sent as a literal 9-bit code and a
 * clear code every 250 pixels keeps the decoder's table (and code width) from growing.
 * Larger than real LZW, but a valid GIF any decoder reads.
 */
function lzwLiterals(indices: Uint8Array): Uint8Array {
  const CLEAR = 256, END = 257, out: number[] = [];
  let acc = 0, bits = 0;
  const put = (code: number) => {
    acc |= code << bits;
    bits += 9;
    while (bits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  };
  for (let i = 0; i < indices.length; i++) {
    if (i % 250 === 0) put(CLEAR);
    put(indices[i]);
  }
  put(END);
  if (bits > 0) out.push(acc & 0xff);
  const blocks: number[] = [8]; // minimum code size
  for (let i = 0; i < out.length; i += 255) {
    const chunk = out.slice(i, i + 255);
    blocks.push(chunk.length, ...chunk);
  }
  blocks.push(0);
  return new Uint8Array(blocks);
}

/** An animated, looping GIF whose frames are the given (same-size) images, quantised. */
export function animatedGif(frames: { width: number; height: number; data: Uint8Array }[]): Buffer {
  const { width, height } = frames[0];
  const u16 = (v: number) => [v & 0xff, v >> 8];
  const bytes: number[] = [...Buffer.from('GIF89a'), ...u16(width), ...u16(height), 0xf7, 0, 0];
  for (let i = 0; i < 256; i++) bytes.push(...(i < 252 ? paletteColour(i) : [0, 0, 0]));
  bytes.push(0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0'), 3, 1, 0, 0, 0); // loop forever
  for (const frame of frames) {
    bytes.push(0x21, 0xf9, 4, 0x04, ...u16(50), 0, 0); // 0.5 s per frame, keep previous
    bytes.push(0x2c, 0, 0, 0, 0, ...u16(width), ...u16(height), 0);
    bytes.push(...lzwLiterals(quantiseImage(frame).indices));
  }
  bytes.push(0x3b);
  return Buffer.from(bytes);
}

/** An SVG "image" with a script that would call `beaconUrl` if it ever ran. */
export function svgWithScript(beaconUrl: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" onload="fetch('${beaconUrl}?onload')">` +
      `<script>fetch('${beaconUrl}?script')</script>` +
      '<rect width="256" height="256" fill="#c86fa0"/></svg>',
  );
}

export const htmlAsJpeg = (): Buffer => Buffer.from('<!doctype html><title>Sign in</title><p>Your session expired.</p>');

/**
 * A valid JPEG of about `megabytes` MB: a real tile with comment segments inserted after
 * its start marker (each at most 65533 bytes), so it decodes and classifies like the tile.
 */
export function paddedJpeg(file: string, megabytes: number): Buffer {
  const jpeg = tissueBytes(file);
  const parts: Buffer[] = [jpeg.subarray(0, 2)];
  const segment = Buffer.alloc(65535 + 2, 0x20);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(65535, 2);
  for (let total = 0; total < megabytes * 1e6; total += segment.length) parts.push(segment);
  parts.push(jpeg.subarray(2));
  return Buffer.concat(parts);
}
