/** The user's (or a test's) backend choice, kept in extension storage. Default: auto. */
import { browser } from '../shared/browser-api';
import type { BackendPreference } from '../shared/messages';

export async function backendPreference(): Promise<BackendPreference> {
  const { backend } = await browser.storage.local.get('backend');
  return backend === 'webgpu' || backend === 'wasm' ? backend : 'auto';
}
