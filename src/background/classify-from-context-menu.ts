// The "Classify tissue" menu item: read the image, run the model, and keep the overlay
// beside the image up to date (loading → result or a specific error).
import { toErrorInfo } from '../shared/errors';
import type { OverlayState } from '../shared/messages';
import { acquireImage } from './acquire-image';
import { classifyWithSettings } from './classify-with-settings';
import { inferenceHost } from '#inference-host';
import { citeAndRecord, describeImageUrl } from './record-history';
import { readSettings } from '../shared/settings';
import { showOverlay } from './show-overlay';
import { issueGrant } from './user-grants';
import { t } from '../shared/i18n';

export interface MenuClick {
  srcUrl?: string;
  frameId?: number;
  pageUrl?: string;
}

export interface StartedBy {
  source: 'context-menu' | 'keyboard';
  focus: boolean;
}

export async function classifyFromContextMenu(
  info: MenuClick,
  tab: { id?: number; url?: string; title?: string } | undefined,
  startedBy: StartedBy = { source: 'context-menu', focus: false },
): Promise<OverlayState> {
  const tabId = tab?.id;
  const srcUrl = info.srcUrl;
  if (tabId === undefined || tabId < 0 || !srcUrl) {
    return { kind: 'error', error: { code: 'not-an-image', message: t('error_no_image_pointer') } };
  }
  const frameId = info.frameId ?? 0;
  const requestId = crypto.randomUUID();
  const focus = startedBy.focus ? { focus: true } : {};
  // One request's updates go out in order, and only the first names the image.
  let sent = Promise.resolve(true);
  let source: { srcUrl?: string } = { srcUrl };
  const show = (state: OverlayState) => {
    const update = { requestId, ...source, state, ...focus };
    source = {};
    return (sent = sent.then(() => showOverlay(tabId, frameId, update)));
  };
  // A cold host loads the model while the image is read.
  if (!inferenceHost.isWarm()) void readSettings().then(({ backend }) => inferenceHost.prepare(backend), () => undefined);

  // The card's heat map, tile map and model card buttons refer to this image by the
  // request id alone: the page never names an address for the extension to read.
  await issueGrant({ kind: 'image', srcUrl }, tabId, frameId, requestId);
  let state: OverlayState;
  void show({ kind: 'loading', stage: 'reading-image' });
  try {
    const image = await acquireImage(srcUrl, tabId, frameId);
    void show({ kind: 'loading', stage: inferenceHost.isWarm() ? 'classifying' : 'loading-model' });
    const result = await classifyWithSettings(image);
    state = {
      kind: 'result',
      result: await citeAndRecord(result, {
        source: startedBy.source,
        page: { url: info.pageUrl ?? tab?.url ?? '', title: tab?.title ?? '' },
        imageUrl: describeImageUrl(srcUrl),
      }),
    };
  } catch (err) {
    state = { kind: 'error', error: toErrorInfo(err) };
  }
  await show(state);
  return state;
}
