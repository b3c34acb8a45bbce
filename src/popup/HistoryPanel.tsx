/**
 * The History view: every kept result with its thumbnail, class, source and time; copy a
 * citation line, delete one or all, export CSV or JSON. Messages about what happened
 * (copied, deleted, exported) go to one polite live region.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { citationLine } from '../core/citation';
import { formatPercent } from '../core/format-percent';
import { historyToCsv, historyToJson } from '../core/export-history';
import type { HistoryEntry } from '../core/history-entry';
import { fileStamp, saveFile } from './save-file';
import type { WorkbenchApi } from './workbench-api';

const SOURCE_WORDS: Record<string, string> = {
  popup: 'Upload', 'context-menu': 'Right-click', keyboard: 'Shortcut', 'page-batch': 'Page batch', region: 'Region', 'tile-map': 'Tile map',
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
      (err: Error) => setError(`The history could not be read: ${err.message}`),
    );
  }, [api]);
  useEffect(() => {
    refresh();
    return api.watchHistory(refresh);
  }, [api, refresh]);

  const act = (what: Promise<unknown>, done: string) =>
    what.then(() => setStatus(done), (err: Error) => setError(err.message));

  const copy = (e: HistoryEntry) =>
    act(navigator.clipboard.writeText(citationLine(e)), `Citation copied: ${e.topDisplayName}`);
  const remove = (e: HistoryEntry) => act(api.deleteHistory(e.id), `Deleted ${e.topDisplayName} from the history.`);
  const removeAll = () => {
    setConfirming(false);
    void act(api.deleteHistory(), 'History deleted.');
  };
  const exportAs = (kind: 'csv' | 'json') => {
    if (!entries?.length) return;
    const now = new Date();
    const name = `lung-tissue-history-${fileStamp(now)}.${kind}`;
    if (kind === 'csv') saveFile(name, 'text/csv;charset=utf-8', historyToCsv(entries));
    else saveFile(name, 'application/json', historyToJson(entries, now));
    setStatus(`Exported ${entries.length} entries as ${name}.`);
  };

  const count = entries?.length ?? 0;
  return (
    <section class="ltc-card ltc-panel" aria-labelledby="ltc-history-title" data-testid="ltc-history">
      <div class="ltc-panel-head">
        <h2 id="ltc-history-title" class="ltc-panel-title">History{entries ? ` (${count})` : ''}</h2>
        <div class="ltc-actions">
          <button type="button" class="ltc-button" disabled={!count} onClick={() => exportAs('csv')}>Export CSV</button>
          <button type="button" class="ltc-button" disabled={!count} onClick={() => exportAs('json')}>Export JSON</button>
          {confirming ? (
            <>
              <button type="button" class="ltc-button ltc-button--danger" onClick={removeAll}>Delete all {count}</button>
              <button type="button" class="ltc-button" onClick={() => setConfirming(false)}>Keep</button>
            </>
          ) : (
            <button type="button" class="ltc-button" disabled={!count} onClick={() => setConfirming(true)}>Delete all…</button>
          )}
        </div>
      </div>
      <p class="ltc-live" role="status" aria-live="polite" data-testid="ltc-history-status">{status}</p>
      {error && <p class="ltc-inline-error" role="alert">{error}</p>}
      {!historyEnabled && <p class="ltc-hint">History is switched off in the options; new results are not kept.</p>}
      {entries && count === 0 && <p class="ltc-hint">No results yet. Classified images appear here, newest first.</p>}
      {count > 0 && (
        <ul class="ltc-history" aria-label="Classified images, newest first">
          {entries!.map((e) => (
            <li key={e.id} class="ltc-history-item" data-testid="ltc-history-item">
              {e.thumbnail ? <img class="ltc-history-thumb" src={e.thumbnail} alt="" width={40} height={40} /> : <span class="ltc-history-thumb" />}
              <div class="ltc-history-text">
                <p class="ltc-history-class">
                  {e.inputCheck?.assessable === false ? 'Not assessable' : `${e.topDisplayName} ${formatPercent(e.probabilities.find((p) => p.label === e.topLabel)?.probability ?? 0)}`}
                </p>
                <p class="ltc-history-meta">
                  {SOURCE_WORDS[e.provenance.source] ?? e.provenance.source} · <time dateTime={e.time}>{new Date(e.time).toLocaleString()}</time>
                </p>
                <p class="ltc-history-meta ltc-history-where" title={e.provenance.imageUrl ?? e.provenance.fileName}>
                  {e.provenance.page?.title || e.provenance.fileName || e.provenance.imageUrl}
                </p>
              </div>
              <div class="ltc-history-buttons">
                <button type="button" class="ltc-button ltc-button--small" onClick={() => copy(e)} aria-label={`Copy citation: ${e.topDisplayName}, ${e.time}`}>Copy citation</button>
                <button type="button" class="ltc-button ltc-button--small" onClick={() => remove(e)} aria-label={`Delete ${e.topDisplayName}, ${e.time}`}>Delete</button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
