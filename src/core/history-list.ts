// The history as a list kept newest first and capped, so storage never grows without
// bound (each entry holds a thumbnail of a few kB). Pure functions over arrays.
import * as v from 'valibot';
import { HistoryEntrySchema, type HistoryEntry } from './history-entry';

export const HISTORY_STORAGE_KEY = 'history';

/** 200 entries × ~4 kB thumbnails stays near 1 MB, well inside storage.local's 10 MB. */
export const HISTORY_CAP = 200;

export function addToHistory(list: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  return [entry, ...list.filter((e) => e.id !== entry.id)].slice(0, Math.max(0, cap));
}

export function removeFromHistory(list: readonly HistoryEntry[], id: string): HistoryEntry[] {
  return list.filter((e) => e.id !== id);
}

/** Whatever storage holds (missing, older shapes, tampered) → only well-formed entries. */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e) => {
    const parsed = v.safeParse(HistoryEntrySchema, e);
    return parsed.success ? [parsed.output] : [];
  });
}
