/** Background (Chrome: service worker, Firefox: event page): the context menu, and the router to the model host. */
import { dispatch } from '../shared/dispatch';
import { browser, type Runtime } from '../shared/browser-api';
import { classifyFromCommand, CLASSIFY_COMMAND } from './classify-from-command';
import { classifyFromContextMenu } from './classify-from-context-menu';
import { backgroundHandlers } from './handlers';
import { registerRegionCapture } from './register-region-capture';
import { holdRequestWatchPorts } from './hold-request-watch-ports';
import { restrictStorageToExtension } from './restrict-storage';
import { senderKind } from '../shared/sender-kind';
import { t } from '../shared/i18n';

const MENU_ID = 'classify-tissue';

// First thing on every start: history and settings are for the extension's own contexts.
void restrictStorageToExtension();

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_ID, title: t('menu_classify_tissue'), contexts: ['image'] });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void classifyFromContextMenu(info, tab);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === CLASSIFY_COMMAND) void classifyFromCommand(tab);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatch('background', backgroundHandlers, message, {
    kind: senderKind(sender, browser.runtime.id, browser.runtime.getURL('')),
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
  }),
);

registerRegionCapture();
holdRequestWatchPorts();

// Exported for tests and for browsers whose menus cannot be clicked by automation.
Object.assign(globalThis, { classifyFromContextMenu, classifyFromCommand });
