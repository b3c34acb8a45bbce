// Decodes image files to RGBA with the browser's own decoder (headless Chromium), the same
// one the extension uses, so that Node scripts need no JPEG library.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer';
import { findChromium } from '../../tests/e2e/find-browser';
import type { RgbaImage } from '../../src/core/types';

export async function decodeInChromium(files: string[]): Promise<RgbaImage[]> {
  const out: RgbaImage[] = [];
  for await (const image of decodeEachInChromium(files)) out.push(image);
  return out;
}

/** One image at a time, in file order: for sets too large to hold decoded (all of LC25000). */
export async function* decodeEachInChromium(files: string[]): AsyncGenerator<RgbaImage> {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    for (const file of files) {
      const base64 = readFileSync(file).toString('base64');
      const decoded = await page.evaluate(async (b64: string) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes]));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        let s = '';
        for (let i = 0; i < px.length; i += 0x8000) s += String.fromCharCode(...px.subarray(i, i + 0x8000));
        return { width: bitmap.width, height: bitmap.height, data: btoa(s) };
      }, base64);
      yield { width: decoded.width, height: decoded.height, data: new Uint8Array(Buffer.from(decoded.data, 'base64')) };
    }
  } finally {
    await browser.close();
  }
}
