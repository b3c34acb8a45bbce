/** Tile map page entry: read the stored image and the class names, then render. */
import { render } from 'preact';
import type { ModelMetadata } from '../core/model-metadata';
import { UI_CSS } from '../ui/styles';
import { TileMapApp } from './TileMapApp';
import { extensionActions, loadStoredImage } from './tilemap-api';
import { TILE_MAP_CSS } from './tilemap-css';

const style = document.createElement('style');
style.textContent = UI_CSS + TILE_MAP_CSS;
document.head.append(style);
const app = document.getElementById('app')!;

async function main() {
  const stored = await loadStoredImage(new URLSearchParams(location.search).get('id'));
  const metadata = (await (await fetch('/model/metadata.json')).json()) as ModelMetadata;
  const classes = metadata.labels.map((label, i) => ({ label, displayName: metadata.displayNames?.[i] ?? label }));
  const bytes = Uint8Array.from(atob(stored.image.base64), (c) => c.charCodeAt(0));
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: stored.image.mimeType }));
  } catch {
    throw new Error(`“${stored.image.name}” could not be decoded as an image.`);
  }
  document.title = `Tile map — ${stored.title}`;
  render(<TileMapApp stored={stored} bitmap={bitmap} classes={classes} actions={extensionActions} />, app);
  document.body.dataset.ready = 'true';
}

main().catch((err: unknown) => {
  render(
    <main>
      <h1>Tile map</h1>
      <p class="tm-error" role="alert" data-testid="tm-error">{(err as Error).message}</p>
    </main>,
    app,
  );
  document.body.dataset.ready = 'error';
});
