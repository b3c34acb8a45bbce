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
    const text = (n: Node): string => (n.nodeType === 3 ? n.nodeValue ?? '' : n.localName === 'style' ? '' : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join(''));
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

/**
 * The page's card frames as frame ids (also their targets' ids: they are out-of-process
 * frames), in the order of their hosts in the page (the order opened). Found from the
 * browser's own target list, not puppeteer's frame objects: where many cards open at once,
 * those can miss a frame (a race in how puppeteer follows frames that move to another
 * process as they load).
 */
export async function cardFrameIds(page: Page): Promise<string[]> {
  // Through the page's own session: puppeteer can lose track of the browser target when other
  // sessions attach and detach (tests/e2e/network-recorder.ts), and the Target domain answers here too.
  const pageSession = await page.createCDPSession();
  try {
    const { targetInfos } = await pageSession.send('Target.getTargets');
    const owned: { id: string; index: number }[] = [];
    for (const t of targetInfos.filter((info) => info.type === 'iframe' && info.url.includes(CARD_PATH))) {
      try {
        const { backendNodeId } = (await pageSession.send('DOM.getFrameOwner', { frameId: t.targetId })) as { backendNodeId: number };
        const { object } = await pageSession.send('DOM.resolveNode', { backendNodeId });
        const { result } = await pageSession.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration: 'function () { return [...document.querySelectorAll("lung-tissue-classifier-overlay")].indexOf(this.getRootNode().host); }',
          returnByValue: true,
        });
        owned.push({ id: t.targetId, index: result.value as number });
      } catch {
        // a frame of another page
      }
    }
    return owned.sort((a, b) => a.index - b.index).map((o) => o.id);
  } finally {
    await pageSession.detach().catch(() => undefined);
  }
}

/** Evaluates `expression` in the card frame's own document (its own target) and returns the value. */
export async function evaluateInCard<T>(page: Page, frameId: string, expression: string): Promise<T> {
  const browserSession = await page.createCDPSession();
  try {
    const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId: frameId, flatten: true })) as { sessionId: string };
    const session = browserSession.connection()!.session(sessionId)!;
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as T;
  } finally {
    await browserSession.detach().catch(() => undefined);
  }
}

/** The inline transform of the host element a card frame sits in (how the content script placed it). */
export async function cardHostTransform(page: Page, frameId: string): Promise<string> {
  const cdp = await page.createCDPSession();
  try {
    const { backendNodeId } = (await cdp.send('DOM.getFrameOwner', { frameId })) as { backendNodeId: number };
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { return this.getRootNode().host.style.transform; }',
      returnByValue: true,
    });
    return result.value as string;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiContext { context: string; url: string; children?: BidiContext[] | null }

/**
 * Firefox (WebDriver BiDi): puppeteer keeps a card frame at its first address (about:blank)
 * after it loads the extension page, so tests ask the browser's context tree directly and
 * evaluate in the card's context over BiDi.
 */
function bidi(page: Page): BidiConnection {
  return (page.browser() as unknown as { connection: BidiConnection }).connection;
}

/** Firefox: the page's card frames as browsing-context ids, in document order. */
export async function firefoxCardContexts(page: Page): Promise<string[]> {
  const root = (page.mainFrame() as unknown as { _id: string })._id;
  const { contexts } = (await bidi(page).send('browsingContext.getTree', { root })).result as { contexts: BidiContext[] };
  const found: string[] = [];
  const walk = (c: BidiContext) => {
    if (c.url.includes(CARD_PATH)) found.push(c.context);
    for (const child of c.children ?? []) walk(child);
  };
  contexts.forEach(walk);
  return found;
}

/** Firefox: evaluates `expression` in a card's document; its value crosses as JSON. */
export async function evaluateInFirefoxCard<T>(page: Page, context: string, expression: string): Promise<T> {
  const reply = (await bidi(page).send('script.evaluate', {
    expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`,
    target: { context },
    awaitPromise: true,
  })).result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (reply.type !== 'success') throw new Error(reply.exceptionDetails?.text ?? 'evaluation failed');
  return JSON.parse(reply.result?.value ?? 'null') as T;
}

/**
 * Clicks `selector` in card `index` as the user does, with the mouse over the page (a
 * trusted click the browser routes into the card's frame), in both browsers.
 */
export async function clickInCard(page: Page, index: number, selector: string, inCard: (expression: string) => Promise<{ x: number; y: number } | null>): Promise<void> {
  const at = await inCard(`(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null; })()`);
  if (!at) throw new Error(`no ${selector} in card ${index}`);
  const host = await page.$$eval('lung-tissue-classifier-overlay', (hosts, i) => {
    const r = hosts[i].getBoundingClientRect();
    return { x: r.x, y: r.y };
  }, index);
  await page.mouse.click(host.x + at.x, host.y + at.y);
}
