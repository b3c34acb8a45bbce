/** What both browsers' end-to-end tests expect to see, and the popup upload they share. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/tissue');
export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const DISPLAY: Record<string, string> = {
  adenocarcinoma: 'Adenocarcinoma',
  benign: 'Benign tissue',
  squamous_cell_carcinoma: 'Squamous cell carcinoma',
};

/** The aria-live announcement of a result, e.g. "Adenocarcinoma 97.1 %". */
export const CLASS_RE = /^(Adenocarcinoma|Benign tissue|Squamous cell carcinoma) \d{1,3}\.\d %$/;

/** Uploads a fixture in the popup and returns the announcement of its result. */
export async function uploadInPopup(popup: Page, file: string): Promise<string> {
  const input = await popup.waitForSelector('input[data-testid="ltc-file-input"]');
  await input!.uploadFile(join(FIXTURES, file));
  // Done when this file's thumbnail is shown next to a final result.
  await popup.waitForFunction(
    (name, re) => !!document.querySelector(`img[alt="${name}"]`) && new RegExp(re).test(document.querySelector('[data-testid="ltc-announcement"]')?.textContent ?? ''),
    { timeout: 60_000 },
    file,
    CLASS_RE.source,
  );
  return popup.$eval('[data-testid="ltc-announcement"]', (e) => e.textContent ?? '');
}

/** Waits until the element with this data-testid in the popup has text matching `re`. */
export function waitForPopupText(popup: Page, re: RegExp, testid: string) {
  return popup.waitForFunction(
    (source, flags, id) => new RegExp(source, flags).test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''),
    { timeout: 30_000, polling: 100 },
    re.source, re.flags, testid,
  );
}

/** Puts any file (not only a fixture) into the popup's file input. */
export async function uploadFileInPopup(popup: Page, path: string): Promise<void> {
  await (await popup.waitForSelector('input[data-testid="ltc-file-input"]'))!.uploadFile(path);
}
