// Menu items and the shortcut for region capture and the tile map, registered at the top level
// so that a click wakes the background.
import { browser } from '../shared/browser-api';
import { toErrorInfo } from '../shared/errors';
import { classifyContextTarget } from './classify-context-target';
import { openTileMap } from './open-tile-map';
import { showOverlay } from './show-overlay';
import { startRegionCapture } from './start-region-capture';
import { t } from '../shared/i18n';

export const REGION_COMMAND = 'start-region-capture';
export const MENU = {
  region: 'classify-region',
  element: 'classify-element',
  tileMap: 'tile-map-image',
  tileMapRegion: 'tile-map-region',
} as const;

/** Never silent: a card on the page, or (where no script can run) the toolbar badge and title. */
function reportFailure(tabId: number | undefined) {
  return (err: unknown) => {
    if (tabId === undefined) return console.error('Lung tissue classifier:', err);
    void showOverlay(tabId, 0, { requestId: crypto.randomUUID(), srcUrl: 'region', state: { kind: 'error', error: toErrorInfo(err) } });
  };
}

export function registerRegionCapture(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU.region, title: t('menu_classify_region'), contexts: ['all'] });
    // Chrome shows 'page' (not 'image') for a right-click on a <canvas>; images keep
    // their own "Classify tissue" item, so both never show at once.
    browser.contextMenus.create({ id: MENU.element, title: t('menu_classify_tissue'), contexts: ['page', 'video', 'frame'] });
    browser.contextMenus.create({ id: MENU.tileMap, title: t('menu_tile_map'), contexts: ['image'] });
    browser.contextMenus.create({ id: MENU.tileMapRegion, title: t('menu_tile_map_region'), contexts: ['all'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.region) void startRegionCapture(tab).catch(reportFailure(tab?.id));
    else if (info.menuItemId === MENU.tileMapRegion) void startRegionCapture(tab, 'tile-map').catch(reportFailure(tab?.id));
    else if (info.menuItemId === MENU.element) void classifyContextTarget(info, tab);
    else if (info.menuItemId === MENU.tileMap && info.srcUrl) {
      void openTileMap({ srcUrl: info.srcUrl }, tab?.id, info.frameId ?? 0).catch(reportFailure(tab?.id));
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === REGION_COMMAND) void startRegionCapture(tab).catch(reportFailure(tab?.id));
  });

  // For tests and for browsers whose menus and shortcuts automation cannot press (Firefox).
  Object.assign(globalThis, { startRegionCapture, classifyContextTarget, openTileMap });
}
