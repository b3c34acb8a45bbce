// "Classify a region…": the content script shows a crosshair. Where none can run (PDF viewer,
// store pages), the tab is captured and the tile map page opens for the user to pick there.
import { browser } from '../shared/browser-api';
import type { RegionAction } from '../shared/messages';
import { sendToTab } from './send-to-tab';
import { storeImage } from '../shared/tile-map-store';
import { captureVisibleTab } from './capture-visible-tab';
import { screenshotSize } from './crop-screenshot';
import { openTileMapPage } from './open-tile-map';
import { issueGrant } from './user-grants';
import { t } from '../shared/i18n';

export interface CaptureTab {
  id?: number;
  windowId?: number;
  title?: string;
  width?: number;
}

async function askPage(tabId: number, action: RegionAction): Promise<boolean> {
  try {
    // The region the page sends back must carry this grant: a page cannot start a capture itself.
    const grant = await issueGrant({ kind: 'region-pick', action }, tabId, 0);
    return (await sendToTab('start-region-capture', { action, grant }, tabId, 0)).started;
  } catch {
    return false;
  }
}

export async function startRegionCapture(tab: CaptureTab | undefined, action: RegionAction = 'classify'): Promise<'page' | 'picker'> {
  const active = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id === undefined) throw new Error(t('error_no_tab_to_capture'));
  if (await askPage(active.id, action)) return 'page';
  const shot = await captureVisibleTab(active.windowId);
  const size = await screenshotSize(shot);
  const devicePixelRatio = active.width ? size.width / active.width : 1;
  const comma = shot.indexOf(',');
  const storedId = await storeImage({
    image: { base64: shot.slice(comma + 1), mimeType: 'image/png', name: `screenshot of “${active.title ?? 'the tab'}”` },
    title: t('region_screenshot_title', active.title ?? t('region_the_tab')),
    scale: { kind: 'region', devicePixelRatio },
    pick: true,
  });
  await openTileMapPage(storedId, active.id);
  return 'picker';
}
