/**
 * The English fallback of src/shared/i18n.ts (Node tests, plain pages, and Chrome's
 * offscreen document, which has no chrome.i18n) must word every message exactly as the
 * browser does: each message of _locales/en/messages.json, with its placeholders' examples
 * as substitutions, through Chromium's chrome.i18n.getMessage in the service worker and
 * through formatMessage here. Also pins down the manifest's __MSG_…__ resolution.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage, type MessageEntry } from '../../src/shared/i18n';
import { launchWithExtension, type ExtensionSession } from './extension-browser';

const messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../_locales/en/messages.json'), 'utf8')) as Record<string, MessageEntry>;

/** The examples in $1…$9 order, as the code passes substitutions. */
function examples(entry: MessageEntry): string[] {
  const byIndex = Object.values(entry.placeholders ?? {}).map((p) => [Number(p.content.slice(1)), p.example ?? ''] as const);
  return byIndex.sort((a, b) => a[0] - b[0]).map(([, example]) => example);
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(() => session?.close());

describe('_locales in Chromium', () => {
  it('formatMessage gives what chrome.i18n.getMessage gives, for every message', async () => {
    const cases = Object.entries(messages).map(([key, entry]) => [key, examples(entry)] as [string, string[]]);
    const native = await session.worker.evaluate((cs) => cs.map(([key, subs]) => chrome.i18n.getMessage(key, subs)), cases);
    const mine = cases.map(([key, subs]) => formatMessage(messages[key], subs));
    expect(mine).toEqual(native);
    expect(native.every((text) => text !== '')).toBe(true);
  });

  it('the manifest is worded from _locales', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.default_locale).toBe('en');
    // getManifest() answers with the __MSG_…__ values already filled in.
    expect([manifest.name, manifest.description, manifest.action?.default_title]).toEqual(
      [messages.ext_name.message, messages.ext_description.message, messages.action_title.message]);
    const page = await session.browser.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    await page.waitForSelector('h1');
    expect(await page.title()).toBe(messages.options_title.message);
    await page.close();
  });
});
