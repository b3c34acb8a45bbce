/** Popup entry: styles, then the Popup and the workbench (batch, history) wired to the extension. */
import { render } from 'preact';
import { UI_CSS } from '../ui/styles';
import WORKBENCH_CSS from '../ui/workbench.css?raw';
import { classifyInExtension } from './classify-in-extension';
import { explainInExtension, openModelCard } from './trust-in-extension';
import { Popup, type PopupActions } from './Popup';
import { Workbench } from './Workbench';
import { extensionWorkbenchApi } from './workbench-api';
import { t } from '../shared/i18n';

const style = document.createElement('style');
style.textContent = UI_CSS + WORKBENCH_CSS;
document.head.append(style);

document.title = t('app_title');

const app = document.getElementById('app');
if (!app) throw new Error('popup: #app is missing from index.html');

const actions: PopupActions = { classify: classifyInExtension, explain: explainInExtension, openModelCard };
render(
  <main>
    <Popup actions={actions} />
    <Workbench api={extensionWorkbenchApi} />
  </main>,
  app,
);
