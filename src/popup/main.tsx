/** Popup entry: styles, then the Popup wired to the extension. */
import { render } from 'preact';
import { UI_CSS } from '../ui/styles';
import { classifyInExtension } from './classify-in-extension';
import { explainInExtension, openModelCard } from './trust-in-extension';
import { Popup, type PopupActions } from './Popup';

const style = document.createElement('style');
style.textContent = UI_CSS;
document.head.append(style);

const app = document.getElementById('app');
if (!app) throw new Error('popup: #app is missing from index.html');

const actions: PopupActions = { classify: classifyInExtension, explain: explainInExtension, openModelCard };
render(<Popup actions={actions} />, app);
