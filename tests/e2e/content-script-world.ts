/**
 * Runs code in the extension's content-script world of a page (Chromium, over CDP): the
 * very context a compromised page renderer could use, with the real `chrome.runtime` and
 * the sender the browser reports for it (this tab, this frame, the page's address).
 */
import type { CDPSession, Page } from 'puppeteer';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export interface ContentWorld {
  /** Sends one message as the content script would and returns the reply as JSON. */
  send(message: object): Promise<unknown>;
  /** Evaluates an expression (awaiting a promise) in the content script's world; returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
}

export async function contentScriptWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp: CDPSession = await page.createCDPSession();
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  for (let i = 0; !contexts.some((c) => c.auxData?.type === 'isolated' && c.origin === origin); i++) {
    if (i === 100) throw new Error('the content script never started in this page');
    await new Promise((r) => setTimeout(r, 100));
  }
  const context = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin)!;
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: context.id, expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  return {
    evaluate,
    async send(message) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: context.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => JSON.stringify(r ?? null), (e) => JSON.stringify({ thrown: String(e) }))`,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return JSON.parse(result.value as string) as unknown;
    },
  };
}
