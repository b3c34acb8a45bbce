// Clipboard text from an extension page or a content script: execCommand('copy') first, since
// it works synchronously inside the click on plain http pages where the Clipboard API is missing
// or blocked; the Clipboard API is the fallback, with a time limit.
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
