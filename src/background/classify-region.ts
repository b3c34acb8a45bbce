// A region the user picked on a page (dragged, or the visible part of a right-clicked
// canvas): capture the visible tab, crop, then either classify the crop with an overlay
// beside the region, or open the tile map page on it. The crop is kept in session
// storage so the overlay's "Tile map" button can open it later.
import { toErrorInfo } from '../shared/errors';
import type { OverlayState, RegionSelection } from '../shared/messages';
import { storeImage } from '../shared/tile-map-store';
import { inferenceHost } from '#inference-host';
import { classifyWithSettings } from './classify-with-settings';
import { captureVisibleTab } from './capture-visible-tab';
import { cropScreenshot } from './crop-screenshot';
import { openTileMapPage } from './open-tile-map';
import { citeAndRecord } from './record-history';
import { showOverlay } from './show-overlay';
import { issueGrant } from './user-grants';

export interface TabRef {
  id?: number;
  windowId?: number;
  title?: string;
  url?: string;
}

/** `onCaptured` runs once the screenshot is taken (or failed), so the page may show its own overlays again. */
export async function classifyRegion(selection: RegionSelection, tab: TabRef, frameId = 0, onCaptured: () => void = () => undefined): Promise<OverlayState> {
  const tabId = tab.id ?? -1;
  const requestId = crypto.randomUUID();
  const { rect, scroll } = selection;
  const region = { x: rect.x + scroll.x, y: rect.y + scroll.y, width: rect.width, height: rect.height };
  let tileMap: { storedId: string } | undefined;
  const show = (state: OverlayState) => showOverlay(tabId, frameId, { requestId, state, region, tileMap });

  let state: OverlayState;
  try {
    // The content script removed its crosshair before telling us, so the capture is clean.
    const shot = await captureVisibleTab(tab.windowId).finally(onCaptured);
    const name = `region ${Math.round(rect.width)}×${Math.round(rect.height)} px of “${tab.title ?? 'the page'}”`;
    const image = await cropScreenshot(shot, rect, selection.viewport, name);
    const storedId = await storeImage({ image, title: name, scale: { kind: 'region', devicePixelRatio: image.width / rect.width }, pick: false });
    tileMap = { storedId };
    await issueGrant({ kind: 'stored', storedId }, tabId, frameId, requestId);
    if (selection.action === 'tile-map') {
      await openTileMapPage(storedId, tab.id);
      return { kind: 'loading', stage: 'classifying' };
    }
    void show({ kind: 'loading', stage: inferenceHost.isWarm() ? 'classifying' : 'loading-model' });
    const result = await classifyWithSettings(image);
    // The crop is in the page's CSS pixels: there is no source image to give pixel coordinates in.
    const crop = { x: Math.round(region.x), y: Math.round(region.y), width: Math.round(region.width), height: Math.round(region.height) };
    state = { kind: 'result', result: await citeAndRecord(result, { source: 'region', page: { url: tab.url ?? '', title: tab.title ?? '' }, crop }) };
  } catch (err) {
    state = { kind: 'error', error: toErrorInfo(err) };
  }
  await show(state);
  return state;
}
