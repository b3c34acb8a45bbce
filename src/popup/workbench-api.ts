// What the popup's History and Batch panels need from the extension, behind one
// interface so the panels also render on a plain page (preview, tests).
import type { HistoryEntry } from '../core/history-entry';
import { HISTORY_STORAGE_KEY as HISTORY_KEY } from '../core/history-list';
import type { BatchStatus } from '../shared/batch';
import { browser } from '../shared/browser-api';
import { ClassifierError } from '../shared/errors';
import { sendToBackground as ask } from '../shared/send-to-background';
import { t } from '../shared/i18n';

export interface WorkbenchApi {
  listHistory(): Promise<HistoryEntry[]>;
  deleteHistory(id?: string): Promise<void>;
  /** Calls back whenever the stored history changes (a new result, a delete). */
  watchHistory(onChange: () => void): () => void;
  /** The tab the popup was opened over; null on a page the extension cannot see. */
  activeTabId(): Promise<number | null>;
  startBatch(tabId: number): Promise<BatchStatus>;
  cancelBatch(tabId: number): Promise<BatchStatus>;
  batchStatus(tabId: number): Promise<BatchStatus>;
  openOptions(): void;
  shortcut(): Promise<string>;
}

export const extensionWorkbenchApi: WorkbenchApi = {
  listHistory: async () => (await ask('history-list', {})).entries,
  deleteHistory: async (id) => {
    await ask('history-delete', id === undefined ? {} : { id });
  },
  watchHistory(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HISTORY_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new ClassifierError('internal', t('error_current_tab'));
    return tab.url?.startsWith(location.origin) ? null : tab.id;
  },
  startBatch: (tabId) => ask('batch-start', { tabId }),
  cancelBatch: (tabId) => ask('batch-cancel', { tabId }),
  batchStatus: (tabId) => ask('batch-status', { tabId }),
  openOptions: () => void browser.runtime.openOptionsPage(),
  shortcut: async () => (await browser.commands.getAll()).find((c) => c.name === 'classify-hovered-image')?.shortcut ?? '',
};
