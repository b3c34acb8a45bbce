// Hands an image to the tile map page through `storage.session` (memory only, never synced); only
// the newest few are kept, and Chrome's 10 MB limit bounds the size.
import type { ImageScaleSource } from '../core/tile-grid';
import { browser } from './browser-api';
import { ClassifierError } from './errors';
import type { EncodedImage } from './messages';
import { t } from './i18n';

export interface StoredImage {
  image: EncodedImage;
  title: string;
  scale: ImageScaleSource;
  pick: boolean;
  createdAt: number;
}

const PREFIX = 'tilemap:';
const KEEP = 3;

interface SessionArea {
  get(keys: null | string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

function session(): SessionArea {
  const area = (browser.storage as unknown as { session?: SessionArea }).session;
  if (!area) throw new ClassifierError('internal', t('error_no_session_storage'));
  return area;
}

export async function storeImage(entry: Omit<StoredImage, 'createdAt'>): Promise<string> {
  const id = crypto.randomUUID();
  const area = session();
  const all = await area.get(null);
  const old = Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .sort(([, a], [, b]) => ((a as StoredImage).createdAt ?? 0) - ((b as StoredImage).createdAt ?? 0))
    .map(([k]) => k);
  if (old.length >= KEEP) await area.remove(old.slice(0, old.length - KEEP + 1));
  try {
    await area.set({ [PREFIX + id]: { ...entry, createdAt: Date.now() } });
  } catch (err) {
    const mb = ((entry.image.base64.length * 3) / 4 / 1e6).toFixed(1);
    throw new ClassifierError('too-large', t('error_tile_map_too_large', mb, (err as Error).message));
  }
  return id;
}

export async function readStoredImage(id: string): Promise<StoredImage | null> {
  const key = PREFIX + id;
  const found = await session().get(key);
  return (found[key] as StoredImage | undefined) ?? null;
}
