// "Classify all images on this page": read and classify one image at a time (the host is serial
// anyway; progress stays honest and cancel immediate), badge each, keep a status the popup polls.
// Images the input check refuses are skipped, not guessed at.
import { formatPercent } from '../core/format-percent';
import { MAX_BATCH_IMAGES, type BatchItem, type BatchStatus } from '../shared/batch';
import { browser } from '../shared/browser-api';
import { toErrorInfo } from '../shared/errors';
import { acquireImage } from './acquire-image';
import { classifyWithSettings } from './classify-with-settings';
import { describeImageUrl, recordHistoryInBackground } from './record-history';
import { sendToTab } from './send-to-tab';
import { t } from '../shared/i18n';
import { checkReason } from '../shared/core-words-text';

export const MIN_RENDERED_SIZE = 128;

interface Batch {
  status: BatchStatus;
  cancelled: boolean;
}

const batches = new Map<number, Batch>();

const idle = (tabId: number): BatchStatus => ({ tabId, state: 'idle', items: [], tooSmall: 0, hidden: 0, notShown: 0, otherScheme: 0, overCap: 0 });
const copy = (s: BatchStatus): BatchStatus => ({ ...s, items: s.items.map((i) => ({ ...i })) });

export function batchStatus(tabId: number): BatchStatus {
  const batch = batches.get(tabId);
  return batch ? copy(batch.status) : idle(tabId);
}

export function cancelBatch(tabId: number): BatchStatus {
  const batch = batches.get(tabId);
  if (batch && (batch.status.state === 'running' || batch.status.state === 'scanning')) batch.cancelled = true;
  return batchStatus(tabId);
}

function badge(tabId: number, item: BatchItem, text: string): void {
  sendToTab('batch-badge', { id: item.id, status: item.status, text }, tabId).catch(() => undefined);
}

async function classifyOne(tabId: number, item: BatchItem, page: { url: string; title: string }): Promise<void> {
  item.status = 'running';
  badge(tabId, item, t('batch_status_running'));
  try {
    const image = await acquireImage(item.srcUrl, tabId, 0);
    const result = await classifyWithSettings(image);
    if (result.inputCheck?.assessable === false) {
      item.status = 'not-assessable';
      item.message = checkReason(result.inputCheck) ?? t('batch_not_he');
      badge(tabId, item, t('not_assessable'));
      return;
    }
    item.status = 'done';
    item.label = result.top.label;
    item.displayName = result.top.displayName;
    item.probability = result.top.probability;
    // No-break space: a wrapped badge never leaves the % sign alone on a line.
    badge(tabId, item, t('class_percent', result.top.displayName, formatPercent(result.top.probability).replace(' %', '\u00a0%')));
    recordHistoryInBackground(result, { source: 'page-batch', page, imageUrl: describeImageUrl(item.srcUrl) });
  } catch (err) {
    item.status = 'error';
    item.message = toErrorInfo(err).message;
    badge(tabId, item, t('batch_status_error'));
  }
}

async function run(tabId: number, batch: Batch): Promise<void> {
  const status = batch.status;
  try {
    const tab = await browser.tabs.get(tabId);
    const page = { url: tab.url ?? '', title: tab.title ?? '' };
    const scan = await sendToTab('find-images', { minSize: MIN_RENDERED_SIZE }, tabId);
    status.tooSmall = scan.tooSmall;
    status.hidden = scan.hidden;
    status.notShown = scan.notShown;
    status.otherScheme = scan.otherScheme;
    // The scan was checked against its schema on arrival: http(s), data: and blob: only.
    const taken = scan.candidates.slice(0, MAX_BATCH_IMAGES);
    status.overCap = scan.candidates.length - taken.length;
    status.items = taken.map((c) => ({ id: c.id, srcUrl: c.srcUrl, alt: c.alt, status: 'queued' }));
    status.state = 'running';
    for (const item of status.items) badge(tabId, item, t('batch_status_queued'));
    for (const item of status.items) {
      if (batch.cancelled) break;
      await classifyOne(tabId, item, page);
    }
    for (const item of status.items.filter((i) => i.status === 'queued')) {
      item.status = 'cancelled';
      badge(tabId, item, t('batch_status_cancelled'));
    }
    status.state = batch.cancelled ? 'cancelled' : 'done';
  } catch (err) {
    status.state = 'failed';
    status.message = toErrorInfo(err).message;
  }
}

export function startBatch(tabId: number): BatchStatus {
  const current = batches.get(tabId);
  if (current && (current.status.state === 'running' || current.status.state === 'scanning')) return copy(current.status);
  const batch: Batch = { status: { ...idle(tabId), state: 'scanning' }, cancelled: false };
  batches.set(tabId, batch);
  void run(tabId, batch);
  return copy(batch.status);
}
