/**
 * The result cards of a page, as tests reach them: each card is an extension-origin frame
 * (src/card/) inside a closed shadow root. Puppeteer drives frames of other origins (it
 * speaks to the browser, not to the page), so a test reads and clicks a card as the user
 * sees it, while page script can do neither (tests/e2e/page-boundary.e2e.test.ts).
 */
import type { CDPSession, Frame, Page } from 'puppeteer';

export const CARD_PATH = '/src/card/index.html';

/** The live card frames of a page, in the order they were opened. */
export function cardFrames(page: Page): Frame[] {
  return page.frames().filter((f) => !f.detached && f.url().includes(CARD_PATH));
}

/** Card `index` (0 = the first opened on this page) once it has shown `selector`. */
export async function cardFrame(page: Page, index: number, selector = '[data-testid="ltc-overlay"]', timeout = 60_000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = cardFrames(page)[index];
    if (frame && (await frame.$(selector).catch(() => null))) return frame;
    if (Date.now() > until) throw new Error(`card ${index} never showed ${selector} (${cardFrames(page).length} card frames)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Text the content script put into a card host's closed shadow root in place of the frame
 * (only when the extension went away, src/content/card-frame.ts), read over CDP, which
 * sees closed shadow roots as DevTools does.
 */
export async function closedShadowTexts(page: Page): Promise<string[]> {
  const cdp: CDPSession = await page.createCDPSession();
  try {
    interface Node { localName?: string; nodeType: number; nodeValue?: string; children?: Node[]; shadowRoots?: Node[] }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: Node };
    const texts: string[] = [];
    const text = (n: Node): string => (n.nodeType === 3 ? n.nodeValue ?? '' : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join(''));
    const walk = (n: Node) => {
      if (n.localName === 'lung-tissue-classifier-overlay') texts.push((n.shadowRoots ?? []).map(text).join(''));
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    return texts;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
