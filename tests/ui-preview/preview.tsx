/**
 * A plain page that shows every UI state at once, for looking at and screenshots. The
 * numbers are made up: nothing here runs or checks the model.
 */
import { render } from 'preact';
import { Overlay } from '../../src/card/Overlay';
import type { Classification } from '../../src/core/types';
import type { OverlayState } from '../../src/shared/messages';
import { Popup, type PopupActions } from '../../src/popup/Popup';
import { UI_CSS } from '../../src/ui/styles';

const RESULT: Classification = {
  probabilities: [
    { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: 0.912 },
    { label: 'benign', displayName: 'Benign tissue', probability: 0.021 },
    { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: 0.067 },
  ],
  top: { label: 'adenocarcinoma', displayName: 'Adenocarcinoma', probability: 0.912 },
  backend: 'wasm',
  timings: { preprocessMs: 6.1, inferenceMs: 40.9, totalMs: 48.3 },
  model: { name: 'convnext-lung', version: '1.0.0' },
  source: { width: 768, height: 768 },
};

const STATES: [string, OverlayState][] = [
  ['loading (loading-model)', { kind: 'loading', stage: 'loading-model' }],
  ['result', { kind: 'result', result: RESULT }],
  ['error (fetch-failed)', { kind: 'error', error: { code: 'fetch-failed', message: 'The image could not be downloaded (HTTP 404).' } }],
];

const found = document.getElementById('row');
if (!found) throw new Error('preview: #row missing');
const row: HTMLElement = found;

function cell(label: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'cell';
  const caption = document.createElement('div');
  caption.className = 'label';
  caption.textContent = label;
  el.append(caption);
  row.append(el);
  return el;
}

// Each overlay in its own shadow root, as the content script mounts it.
for (const [label, state] of STATES) {
  const host = document.createElement('div');
  cell(label).append(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = UI_CSS;
  const mount = document.createElement('div');
  root.append(style, mount);
  const show = (visible: boolean) =>
    render(visible ? <Overlay state={state} onClose={() => show(false)} /> : <button onClick={() => show(true)}>Show again</button>, mount);
  show(true);
}

// The popup, also in a shadow root so this page's hostile styles stay out, like on its own page.
const fakeActions: PopupActions = {
  classify: () => new Promise((resolve) => setTimeout(() => resolve(RESULT), 300)),
};
const popupHost = document.createElement('div');
popupHost.className = 'popup-frame';
cell('popup (choose or paste an image)').append(popupHost);
const popupRoot = popupHost.attachShadow({ mode: 'open' });
const popupStyle = document.createElement('style');
popupStyle.textContent = UI_CSS;
const popupMount = document.createElement('div');
popupRoot.append(popupStyle, popupMount);
render(<Popup actions={fakeActions} />, popupMount);
