// The History view: every kept result with its thumbnail, class, source and time; copy a
// citation line, delete one or all, export CSV or JSON. Messages about what happened
// (copied, deleted, exported) go to one polite live region.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { citationLine } from '../core/citation';
import { formatPercent } from '../core/format-percent';
import { historyToCsv, historyToJson } from '../core/export-history';
import type { HistoryEntry } from '../core/history-entry';
import { fileStamp, saveFile } from './save-file';
import type { WorkbenchApi } from './workbench-api';
import { t, type MessageKey } from '../shared/i18n';

const SOURCE_WORDS: Record<string, MessageKey> = {
  popup: 'history_source_popup', 'context-menu': 'history_source_context_menu', keyboard: 'history_source_keyboard',
  'page-batch': 'history_source_page_batch', region: 'history_source_region', 'tile-map': 'history_source_tile_map',
};

export function HistoryPanel({ api, historyEnabled }: { api: WorkbenchApi; historyEnabled: boolean }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // Two steps instead of confirm(): Firefox does not show confirm() in popups.
  const [confirming, setConfirming] = useState(false);

  const refresh = useCallback(() => {
    api.listHistory().then(
      (list) => { setEntries(list); setError(''); },
      (err: Error) => setError(t('history_read_failed', err.message)),
    );
  }, [api]);
  useEffect(() => {
    refresh();
    return api.watchHistory(refresh);
  }, [api, refresh]);

  const act = (what: Promise<unknown>, done: string) =>
    what.then(() => setStatus(done), (err: Error) => setError(err.message));

  const copy = (e: HistoryEntry) =>
    act(navigator.clipboard.writeText(citationLine(e)), t('history_citation_copied', e.topDisplayName));
  const remove = (e: HistoryEntry) => act(api.deleteHistory(e.id), t('history_deleted_one', e.topDisplayName));
  const removeAll = () => {
    setConfirming(false);
    void act(api.deleteHistory(), t('history_deleted_all'));
  };
  const exportAs = (kind: 'csv' | 'json') => {
    if (!entries?.length) return;
    const now = new Date();
    const name = `lung-tissue-history-${fileStamp(now)}.${kind}`;
    if (kind === 'csv') saveFile(name, 'text/csv;charset=utf-8', historyToCsv(entries));
    else saveFile(name, 'application/json', historyToJson(entries, now));
    setStatus(t('history_exported', entries.length, name));
  };

  const count = entries?.length ?? 0;
  return (
    <section class="ltc-card ltc-panel" aria-labelledby="ltc-history-title" data-testid="ltc-history">
      <div class="ltc-panel-head">
        <h2 id="ltc-history-title" class="ltc-panel-title">{entries ? t('history_title_count', count) : t('history_title')}</h2>
        <div class="ltc-actions">
          <button type="button" class="ltc-button" disabled={!count} onClick={() => exportAs('csv')}>{t('history_export_csv')}</button>
          <button type="button" class="ltc-button" disabled={!count} onClick={() => exportAs('json')}>{t('history_export_json')}</button>
          {confirming ? (
            <>
              <button type="button" class="ltc-button ltc-button--danger" onClick={removeAll}>{t('history_delete_all_confirm', count)}</button>
              <button type="button" class="ltc-button" onClick={() => setConfirming(false)}>{t('history_keep')}</button>
            </>
          ) : (
            <button type="button" class="ltc-button" disabled={!count} onClick={() => setConfirming(true)}>{t('history_delete_all')}</button>
          )}
        </div>
      </div>
      <p class="ltc-live" role="status" aria-live="polite" data-testid="ltc-history-status">{status}</p>
      {error && <p class="ltc-inline-error" role="alert">{error}</p>}
      {!historyEnabled && <p class="ltc-hint">{t('history_off')}</p>}
      {entries && count === 0 && <p class="ltc-hint">{t('history_empty')}</p>}
      {count > 0 && (
        <ul class="ltc-history" aria-label={t('history_list_label')}>
          {entries!.map((e) => (
            <li key={e.id} class="ltc-history-item" data-testid="ltc-history-item">
              {e.thumbnail ? <img class="ltc-history-thumb" src={e.thumbnail} alt="" width={40} height={40} /> : <span class="ltc-history-thumb" />}
              <div class="ltc-history-text">
                <p class="ltc-history-class">
                  {e.inputCheck?.assessable === false ? t('not_assessable') : t('class_percent', e.topDisplayName, formatPercent(e.probabilities.find((p) => p.label === e.topLabel)?.probability ?? 0))}
                </p>
                <p class="ltc-history-meta">
                  {e.provenance.source in SOURCE_WORDS ? t(SOURCE_WORDS[e.provenance.source]) : e.provenance.source} · <time dateTime={e.time}>{new Date(e.time).toLocaleString()}</time>
                </p>
                <p class="ltc-history-meta ltc-history-where" title={e.provenance.imageUrl ?? e.provenance.fileName}>
                  {e.provenance.page?.title || e.provenance.fileName || e.provenance.imageUrl}
                </p>
              </div>
              <div class="ltc-history-buttons">
                <button type="button" class="ltc-button ltc-button--small" onClick={() => copy(e)} aria-label={t('history_copy_citation_label', e.topDisplayName, e.time)}>{t('history_copy_citation')}</button>
                <button type="button" class="ltc-button ltc-button--small" onClick={() => remove(e)} aria-label={t('history_delete_label', e.topDisplayName, e.time)}>{t('history_delete')}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
