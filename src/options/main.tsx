/** Options page entry: the settings form wired to extension storage. */
import { render } from 'preact';
import { readSettings, watchSettings, writeSettings } from '../shared/settings';
import { UI_CSS } from '../ui/styles';
import WORKBENCH_CSS from '../ui/workbench.css?raw';
import OPTIONS_CSS from './options.css?raw';
import { Options } from './Options';
import { t } from '../shared/i18n';

const style = document.createElement('style');
style.textContent = UI_CSS + WORKBENCH_CSS + OPTIONS_CSS;
document.head.append(style);

document.title = t('options_title');

const app = document.getElementById('app');
if (!app) throw new Error('options: #app is missing from index.html');
render(<Options store={{ read: readSettings, write: writeSettings, watch: watchSettings }} />, app);
