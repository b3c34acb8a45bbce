/**
 * Puts text on the clipboard from an extension page or a content script. A hidden textarea
 * with execCommand('copy') comes first: it is synchronous inside the click, works on plain
 * http pages and in content scripts, where the async Clipboard API is missing (no secure
 * context), blocked by a permissions policy, or left pending while the page lacks focus.
 * The Clipboard API is the fallback, with a time limit so the button never hangs.
 */
import { t } from '../shared/i18n';
const CLIPBOARD_API_LIMIT_MS = 2000;

function copyWithTextarea(text: string, doc: Document): boolean {
  // The button that asked may sit in a shadow root (the page overlay): give focus back to it.
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const previous = active instanceof HTMLElement ? active : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } finally {
    area.remove();
    previous?.focus();
  }
  return ok;
}

export async function copyText(text: string, doc: Document = document): Promise<void> {
  if (copyWithTextarea(text, doc)) return;
  if (!navigator.clipboard?.writeText) throw new Error(t('error_copy_refused'));
  await Promise.race([
    navigator.clipboard.writeText(text),
    new Promise((_, reject) => setTimeout(() => reject(new Error(t('error_copy_refused'))), CLIPBOARD_API_LIMIT_MS)),
  ]);
}
