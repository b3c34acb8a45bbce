/**
 * "Classify all images on this page": start, watch progress (polled from the background,
 * which keeps going if the popup closes), cancel, and a summary table of the results.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPercent } from '../core/format-percent';
import type { BatchItem, BatchStatus } from '../shared/batch';
import type { WorkbenchApi } from './workbench-api';

const POLL_MS = 300;
const STATUS_WORDS: Record<BatchItem['status'], string> = {
  queued: 'Queued', running: 'Classifying…', done: '', 'not-assessable': 'Skipped: not assessable', error: 'Error', cancelled: 'Cancelled',
};

function progressText(s: BatchStatus): string {
  const finished = s.items.filter((i) => i.status !== 'queued' && i.status !== 'running').length;
  const skipped = s.tooSmall ? `; ${s.tooSmall} image${s.tooSmall === 1 ? '' : 's'} under 128 px left out` : '';
  switch (s.state) {
    case 'scanning': return 'Looking for images on the page…';
    case 'running': return `Classifying image ${Math.min(finished + 1, s.items.length)} of ${s.items.length}${skipped}.`;
    case 'done': return s.items.length ? `Done: ${s.items.length} image${s.items.length === 1 ? '' : 's'} classified or checked${skipped}.` : `No images of at least 128 px found on this page${skipped}.`;
    case 'cancelled': return `Cancelled after ${s.items.filter((i) => i.status !== 'cancelled').length} of ${s.items.length} images.`;
    case 'failed': return `Could not classify this page: ${s.message ?? 'unknown error'}`;
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
      <h2 id="ltc-batch-title" class="ltc-panel-title">This page</h2>
      {tabId === null ? (
        <p class="ltc-hint">Open a web page with images, then open this popup over it to classify all of them.</p>
      ) : (
        <div class="ltc-actions">
          <button type="button" class="ltc-button ltc-button--primary" disabled={running || tabId === undefined} onClick={start} data-testid="ltc-batch-start">
            Classify all images on this page
          </button>
          {running && <button type="button" class="ltc-button" onClick={cancel} data-testid="ltc-batch-cancel">Cancel</button>}
        </div>
      )}
      {status && status.state !== 'idle' && status.items.length > 0 && (
        <progress class="ltc-batch-progress" max={status.items.length} value={finished} aria-label="Images classified" />
      )}
      <p class="ltc-batch-text" role="status" aria-live="polite" data-testid="ltc-batch-status">{status ? progressText(status) : ''}</p>
      {error && <p class="ltc-inline-error" role="alert">{error}</p>}
      {status && status.items.length > 0 && (
        <table class="ltc-table" data-testid="ltc-batch-table">
          <caption class="ltc-live">Results for the images on this page</caption>
          <thead><tr><th scope="col">#</th><th scope="col">Image</th><th scope="col">Result</th></tr></thead>
          <tbody>
            {status.items.map((item, i) => (
              <tr key={item.id} data-status={item.status}>
                <td>{i + 1}</td>
                <td class="ltc-table-image" title={item.srcUrl}>{item.alt || item.srcUrl.split('/').pop()?.slice(0, 60) || 'image'}</td>
                <td title={item.message}>
                  {item.status === 'done' ? `${item.displayName} ${formatPercent(item.probability ?? 0)}` : STATUS_WORDS[item.status]}
                  {item.message && item.status !== 'done' ? <span class="ltc-table-why">{item.message}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status?.items.some((i) => i.status === 'done') && <p class="ltc-hint">Research and education use only — not for diagnosis.</p>}
    </section>
  );
}
