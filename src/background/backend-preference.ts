/** The user's (or a test's) backend choice, kept in extension storage. Default: auto. */
import type { BackendPreference } from '../shared/messages';
import { readSettings } from '../shared/settings';

export async function backendPreference(): Promise<BackendPreference> {
  return (await readSettings()).backend;
}
