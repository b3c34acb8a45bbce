/**
 * The bad inputs both browsers and both entry points (context menu, popup) must handle,
 * with the specific message each must end in. Served by hardening-server.ts; the popup
 * gets the same bytes as files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FETCH_TIMEOUT_MS } from '../../src/background/fetch-image-bytes';
import { animatedGif, bombPng, htmlAsJpeg, onePixelPng, paddedJpeg, readTissuePng, svgWithScript, truncatedJpeg } from '../helpers/bad-images';
import { BIG_TILE, GIF_FRAMES } from './hardening-server';
import { ARTIFACTS } from './popup-expectations';

/** [what, path on the hardening server, the message the overlay must show] */
export const MENU_ERROR_CASES: [string, string, RegExp][] = [
  ['truncated JPEG', '/bad/truncated.jpg', /is incomplete: the JPEG file ends before its image data does/],
  ['zero-byte file', '/bad/zero.jpg', /is empty \(0 bytes\)/],
  ['1×1 image', '/bad/one-pixel.png', /^The image is 1×1 pixels; at least 32×32 is needed\.$/],
  ['PNG header claiming 20000×20000', '/bad/bomb.png', /^The image is 20000×20000 pixels \(400 MP\); the limit is 50 MP\.$/],
  ['SVG with a script inside', '/bad/script.svg', /is an SVG drawing, which cannot be classified/],
  ['HTML served as image/jpeg', '/bad/html-as.jpg', /is not a JPEG, PNG, GIF, WebP or BMP image/],
  ['HTTP 404', '/bad/missing.jpg', /^The image could not be downloaded \(HTTP 404\)\.$/],
  ['HTTP 500', '/bad/status-500.jpg', /^The image could not be downloaded \(HTTP 500\)\.$/],
  ['an endless chunked response', '/bad/endless.jpg', /^The image file is larger than 42 MB \(the download was stopped there\); the limit is 42 MB\.$/],
  ['a server that never answers', '/bad/never-answers.jpg', new RegExp(`^The image did not arrive within ${FETCH_TIMEOUT_MS / 1000} s\\.$`)],
];

/** [file name, bytes, the message the popup must show] */
export function popupErrorFiles(beaconUrl: string): [string, Buffer, RegExp][] {
  return [
    ['truncated.jpg', truncatedJpeg(), /“truncated\.jpg” is incomplete: the JPEG file ends before its image data does/],
    ['zero.jpg', Buffer.alloc(0), /^“zero\.jpg” is empty \(0 bytes\)\.$/],
    ['one-pixel.png', onePixelPng(), /^The image is 1×1 pixels; at least 32×32 is needed\.$/],
    ['bomb.png', bombPng(), /^The image is 20000×20000 pixels \(400 MP\); the limit is 50 MP\.$/],
    ['script.svg', svgWithScript(beaconUrl), /^“script\.svg” is an SVG drawing, which cannot be classified\.$/],
    ['html-as.jpg', htmlAsJpeg(), /^“html-as\.jpg” is not a JPEG, PNG, GIF, WebP or BMP image\.$/],
  ];
}

/** Files that must be classified: the animated GIF (first frame) and the 30 MB JPEG. */
export const popupResultFiles = (): [string, Buffer][] => [
  ['animated.gif', animatedGif(GIF_FRAMES.map(readTissuePng))],
  ['big-30mb.jpg', paddedJpeg(BIG_TILE, 30)],
];

/** Writes files for the popup's file input; returns their paths by name. */
export function writeInputFiles(files: [string, Buffer, ...unknown[]][]): Record<string, string> {
  const dir = join(ARTIFACTS, 'bad-inputs');
  mkdirSync(dir, { recursive: true });
  return Object.fromEntries(files.map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return [name, path];
  }));
}
