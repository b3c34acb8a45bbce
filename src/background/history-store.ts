// The history in storage.local under its own key. All changes go through one promise
// chain: the background is the only writer, and a batch, the popup and a menu click may
// finish at the same moment (read-modify-write must not interleave).
import type { HistoryEntry } from '../core/history-entry';
import { HISTORY_STORAGE_KEY, parseHistory } from '../core/history-list';
import { browser } from '../shared/browser-api';
import { ClassifierError } from '../shared/errors';
import { t } from '../shared/i18n';

const HISTORY_KEY = HISTORY_STORAGE_KEY;

let chain: Promise<unknown> = Promise.resolve();

export async function readHistory(): Promise<HistoryEntry[]> {
  const stored = await browser.storage.local.get(HISTORY_KEY);
  return parseHistory(stored[HISTORY_KEY]);
}

export function updateHistory(change: (list: HistoryEntry[]) => HistoryEntry[]): Promise<HistoryEntry[]> {
  const next = chain.then(async () => {
    const list = change(await readHistory());
    try {
      await browser.storage.local.set({ [HISTORY_KEY]: list });
    } catch (err) {
      throw new ClassifierError('internal', t('error_history_save', (err as Error).message));
    }
    return list;
  });
  chain = next.catch(() => undefined);
  return next;
}
