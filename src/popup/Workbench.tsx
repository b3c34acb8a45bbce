/** Below the classify-a-file card: this page's batch, the history, and the options link. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, readSettings, watchSettings } from '../shared/settings';
import { BatchPanel } from './BatchPanel';
import { HistoryPanel } from './HistoryPanel';
import type { WorkbenchApi } from './workbench-api';
import { t } from '../shared/i18n';

export function Workbench({ api }: { api: WorkbenchApi }) {
  const [historyEnabled, setHistoryEnabled] = useState(DEFAULT_SETTINGS.historyEnabled);
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    api.shortcut().then(setShortcut, () => setShortcut(''));
  }, [api]);
  useEffect(() => {
    void readSettings().then((s) => setHistoryEnabled(s.historyEnabled));
    return watchSettings((s) => setHistoryEnabled(s.historyEnabled));
  }, []);
  return (
    <>
      <BatchPanel api={api} />
      <HistoryPanel api={api} historyEnabled={historyEnabled} />
      <p class="ltc-card ltc-panel ltc-links">
        <button type="button" class="ltc-link" onClick={() => api.openOptions()}>{t('workbench_options')}</button>
        {shortcut !== null && (
          <span data-testid="ltc-shortcut">
            {shortcut
              ? t('workbench_shortcut', shortcut)
              : t('workbench_no_shortcut')}
          </span>
        )}
      </p>
    </>
  );
}
