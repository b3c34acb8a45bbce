/** Tile map page entry: read the stored image and the class names, then render. */
import { render } from 'preact';
import type { ModelMetadata } from '../core/model-metadata';
import { UI_CSS } from '../ui/styles';
import { decodeStoredImage } from '../shared/decode-stored-image';
import { measureScale } from './measure-scale';
import { TileMapApp } from './TileMapApp';
import { extensionActions, loadStoredImage } from './tilemap-api';
import TILE_MAP_CSS from './tilemap.css?raw';
import { t } from '../shared/i18n';

const style = document.createElement('style');
style.textContent = UI_CSS + TILE_MAP_CSS;
document.head.append(style);
const app = document.getElementById('app')!;
document.title = t('tm_title');

async function main() {
  const storedId = new URLSearchParams(location.search).get('id');
  const stored = await loadStoredImage(storedId);
  const metadata = (await (await fetch('/model/metadata.json')).json()) as ModelMetadata;
  const classes = metadata.labels.map((label, i) => ({ label, displayName: metadata.displayNames?.[i] ?? label }));
  const bitmap = await decodeStoredImage(stored.image);
  document.title = t('tm_document_title', stored.title);
  const measured = metadata.input.scale ? measureScale(bitmap, metadata.input.scale) : null;
  render(<TileMapApp storedId={storedId!} stored={stored} bitmap={bitmap} classes={classes} actions={extensionActions} measured={measured} />, app);
  document.body.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  render(
    <main>
      <h1>{t('tm_title')}</h1>
      <p class="tm-error" role="alert" data-testid="tm-error">{(err as Error).message}</p>
    </main>,
    app,
  );
  document.body.dataset.ready = 'error';
});
