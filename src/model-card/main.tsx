/** Model card page entry: reads the bundled model's metadata and renders the card. */
import { render } from 'preact';
import type { ModelMetadata } from '../core/model-metadata';
import { browser } from '../shared/browser-api';
import { ImportedModelCard } from './ImportedModelCard';
import { ModelCard } from './ModelCard';
import MODEL_CARD_CSS from './model-card.css?raw';
import { t } from '../shared/i18n';

const style = document.createElement('style');
style.textContent = MODEL_CARD_CSS;
document.head.append(style);

document.title = t('mc_page_title');

const app = document.getElementById('app');
if (!app) throw new Error('model card: #app is missing from index.html');
app.append(Object.assign(document.createElement('p'), { textContent: t('mc_loading') }));

fetch(browser.runtime.getURL('model/metadata.json'))
  .then((r) => (r.ok ? (r.json() as Promise<ModelMetadata>) : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then(
    (metadata) => {
      app.textContent = ''; // the "Loading…" placeholder
      // An imported model has none of the bundled model's measurements: its own card.
      const imported = typeof (metadata.training as { importedFrom?: unknown } | undefined)?.importedFrom === 'string';
      render(imported ? <ImportedModelCard metadata={metadata} /> : <ModelCard metadata={metadata} />, app);
    },
    (err: unknown) => {
      app.textContent = t('mc_metadata_failed', (err as Error).message);
    },
  )
  .finally(() => app.removeAttribute('aria-busy'));
