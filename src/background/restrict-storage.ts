// Closes `storage.local` to content scripts: a compromised page could otherwise read the history
// or switch the input check off, and the content script needs none of it. Firefox has no
// `setAccessLevel` here (docs/HARDENING.md).
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
