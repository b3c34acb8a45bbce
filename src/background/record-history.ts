/**
 * The one place a classification enters the history. Every entry point (popup, context
 * menu, keyboard shortcut, page batch, region, tile map) calls this after a success and
 * only says where the image came from; the rest is in the result.
 */
import { makeHistoryEntry, type HistoryEntry, type Provenance } from '../core/history-entry';
import { addToHistory } from '../core/history-list';
import type { Classification } from '../core/types';
import { browser } from '../shared/browser-api';
import { readSettings } from '../shared/settings';
import { updateHistory } from './history-store';
import { modelIdentity } from './model-identity';

/** A data: URL can be megabytes; history keeps a short description instead. */
export function describeImageUrl(url: string): string {
  if (url.startsWith('data:')) return 'data: URL image';
  return url.length > 2048 ? `${url.slice(0, 2000)}…` : url;
}

/** Adds an entry unless history is switched off; returns it, or null when off. */
export async function recordHistory(result: Classification, provenance: Provenance): Promise<HistoryEntry | null> {
  if (!(await readSettings()).historyEnabled) return null;
  const manifest = browser.runtime.getManifest();
  const entry = makeHistoryEntry(result, provenance, {
    id: crypto.randomUUID(),
    time: new Date(),
    model: await modelIdentity(),
    extension: { name: manifest.name, version: manifest.version },
  });
  await updateHistory((list) => addToHistory(list, entry));
  return entry;
}

/** For entry points whose result is already shown: a failed save is logged, never thrown at the user twice. */
export function recordHistoryInBackground(result: Classification, provenance: Provenance): void {
  recordHistory(result, provenance).catch((err: unknown) => console.error('Lung tissue classifier: history entry not saved:', err));
}
