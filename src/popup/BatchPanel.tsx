// "Classify all images on this page": start, watch progress (polled from the background,
// which keeps going if the popup closes), cancel, and a summary table of the results.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPercent } from '../core/format-percent';
import { MAX_BATCH_IMAGES, type BatchItem, type BatchStatus } from '../shared/batch';
import type { WorkbenchApi } from './workbench-api';
import { plural, t, type MessageKey } from '../shared/i18n';

const POLL_MS = 300;
const STATUS_WORDS: Record<Exclude<BatchItem['status'], 'done'>, MessageKey> = {
  queued: 'batch_status_queued', running: 'batch_status_running', 'not-assessable': 'batch_status_not_assessable',
  error: 'batch_status_error', cancelled: 'batch_status_cancelled',
};

function progressText(s: BatchStatus): string {
  const finished = s.items.filter((i) => i.status !== 'queued' && i.status !== 'running').length;
  // Everything left out is said: too small, showing nothing or from a file, over the cap.
  const unshown = s.notShown + s.otherScheme;
  const skipped = (s.tooSmall ? plural(s.tooSmall, 'batch_skipped_one', 'batch_skipped_other') : '')
    + (unshown ? plural(unshown, 'batch_unshown_one', 'batch_unshown_other') : '')
    + (s.overCap ? plural(s.overCap, 'batch_over_cap_one', 'batch_over_cap_other', MAX_BATCH_IMAGES) : '');
  switch (s.state) {
    case 'scanning': return t('batch_scanning');
    case 'running': return t('batch_running', Math.min(finished + 1, s.items.length), s.items.length, skipped);
    case 'done': return s.items.length ? plural(s.items.length, 'batch_done_one', 'batch_done_other', skipped) : t('batch_none', skipped);
    case 'cancelled': return t('batch_cancelled', s.items.filter((i) => i.status !== 'cancelled').length, s.items.length);
    case 'failed': return t('batch_failed', s.message ?? t('batch_unknown_error'));
    default: return '';
  }
}

export function BatchPanel({ api }: { api: WorkbenchApi }) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [status, setStatus] = useState<BatchStatus | null>(null);
  const [error, setError] = useState('');
  const timer = useRef(0);

  useEffect(() => {
    api.activeTabId().then(setTabId, (err: Error) => setError(err.message));
  }, [api]);

  // Poll while a batch runs (also one that was started before the popup was opened).
  useEffect(() => {
    if (tabId == null) return;
    let stopped = false;
    const poll = () =>
      api.batchStatus(tabId).then((s) => {
        if (stopped) return;
        setStatus(s);
        if (s.state === 'running' || s.state === 'scanning') timer.current = window.setTimeout(poll, POLL_MS);
      }, (err: Error) => setError(err.message));
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer.current);
    };
  }, [api, tabId, status?.state === 'running' || status?.state === 'scanning']);

  const running = status?.state === 'running' || status?.state === 'scanning';
  const start = () => tabId != null && api.startBatch(tabId).then(setStatus, (err: Error) => setError(err.message));
  const cancel = () => tabId != null && api.cancelBatch(tabId).then(setStatus, (err: Error) => setError(err.message));
  const finished = status ? status.items.filter((i) => i.status !== 'queued' && i.status !== 'running').length : 0;

  return (
    <section class="ltc-card ltc-panel" aria-labelledby="ltc-batch-title" data-testid="ltc-batch">
      <h2 id="ltc-batch-title" class="ltc-panel-title">{t('batch_title')}</h2>
      {tabId === null ? (
        <p class="ltc-hint">{t('batch_no_tab')}</p>
      ) : (
        <div class="ltc-actions">
          <button type="button" class="ltc-button ltc-button--primary" disabled={running || tabId === undefined} onClick={start} data-testid="ltc-batch-start">
            {t('batch_start')}
          </button>
          {running && <button type="button" class="ltc-button" onClick={cancel} data-testid="ltc-batch-cancel">{t('common_cancel')}</button>}
        </div>
      )}
      {status && status.state !== 'idle' && status.items.length > 0 && (
        <progress class="ltc-batch-progress" max={status.items.length} value={finished} aria-label={t('batch_progress_label')} />
      )}
      <p class="ltc-batch-text" role="status" aria-live="polite" data-testid="ltc-batch-status">{status ? progressText(status) : ''}</p>
      {error && <p class="ltc-inline-error" role="alert">{error}</p>}
      {status && status.items.length > 0 && (
        <table class="ltc-table" data-testid="ltc-batch-table">
          <caption class="ltc-live">{t('batch_table_caption')}</caption>
          <thead><tr><th scope="col">#</th><th scope="col">{t('batch_column_image')}</th><th scope="col">{t('batch_column_result')}</th></tr></thead>
          <tbody>
            {status.items.map((item, i) => (
              <tr key={item.id} data-status={item.status}>
                <td>{i + 1}</td>
                <td class="ltc-table-image" title={item.srcUrl}>{item.alt || item.srcUrl.split('/').pop()?.slice(0, 60) || t('batch_image_fallback')}</td>
                <td title={item.message}>
                  {item.status === 'done' ? t('class_percent', item.displayName ?? '', formatPercent(item.probability ?? 0)) : t(STATUS_WORDS[item.status])}
                  {item.message && item.status !== 'done' ? <span class="ltc-table-why">{item.message}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status?.items.some((i) => i.status === 'done') && <p class="ltc-hint">{t('research_only')}</p>}
    </section>
  );
}
