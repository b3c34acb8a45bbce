/**
 * Content scripts run inside web pages, and by default they may read and write
 * `storage.local`: a compromised page could read the history (page addresses, titles,
 * thumbnails) or switch the input check off. The content script needs none of it (the
 * result card, an extension page, reads the one setting it uses), so the area is closed
 * to everything but the extension's own pages and background. Where the browser has no
 * `setAccessLevel` for this area (docs/HARDENING.md: Firefox), nothing changes.
 */
import { browser } from '../shared/browser-api';

interface RestrictableArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
}

export async function restrictStorageToExtension(): Promise<boolean> {
  const area = browser.storage.local as unknown as RestrictableArea;
  if (typeof area.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (err) {
    console.error('Lung tissue classifier: could not restrict storage.local to the extension:', err);
    return false;
  }
}
