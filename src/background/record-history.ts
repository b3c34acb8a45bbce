// The one place a classification enters the history. Every entry point (popup, context
// menu, keyboard shortcut, page batch, region, tile map) calls this after a success and
// only says where the image came from; the rest is in the result. The same entry gives the
// result its citation line ("Copy result" on the card), whether or not history is on.
import { citationLine } from '../core/citation';
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

async function entryFor(result: Classification, provenance: Provenance): Promise<HistoryEntry> {
  const manifest = browser.runtime.getManifest();
  return makeHistoryEntry(result, provenance, {
    id: crypto.randomUUID(),
    time: new Date(),
    model: await modelIdentity(),
    extension: { name: manifest.name, version: manifest.version },
  });
}

async function save(entry: HistoryEntry): Promise<void> {
  if (!(await readSettings()).historyEnabled) return;
  await updateHistory((list) => addToHistory(list, entry));
}

const logFailure = (err: unknown) => console.error('Lung tissue classifier: history entry not saved:', err);

/** For entry points whose result is already shown: a failed save is logged, never thrown at the user twice. */
export function recordHistoryInBackground(result: Classification, provenance: Provenance): void {
  entryFor(result, provenance).then(save).catch(logFailure);
}

/** The result with its citation, saved when history is on; a failed save never hides the result. */
export async function citeAndRecord(result: Classification, provenance: Provenance, waitForSave = false): Promise<Classification> {
  let entry: HistoryEntry;
  try {
    entry = await entryFor(result, provenance);
  } catch (err) {
    logFailure(err);
    return result;
  }
  const saving = save(entry).catch(logFailure);
  if (waitForSave) await saving;
  return { ...result, citation: citationLine(entry) };
}
