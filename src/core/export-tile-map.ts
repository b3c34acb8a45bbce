// A tile map (one classification per tile of a large image) → CSV and JSON, in the same
// style as the history export (docs/EXPORT.md, "Tile map"). The tile-map view builds a
// `TileMapExport` and calls these; nothing here knows how the tiles were made.
import { toCsv } from './csv';
import type { ModelIdentity } from './history-entry';

export const TILE_MAP_FORMAT = 'lung-tissue-classifier-tile-map';

export interface TileResult {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string | null;
  probabilities: number[];
  notAssessableReason?: string;
}

export interface TileMapExport {
  time: string;
  image: { url?: string; pageUrl?: string; pageTitle?: string; width: number; height: number; sha256?: string };
  labels: string[];
  model: ModelIdentity;
  backend: string;
  tiles: TileResult[];
}

export function tileMapCsvHeader(labels: readonly string[]): string[] {
  return ['x', 'y', 'width', 'height', 'class', ...labels.map((l) => `p_${l}`), 'not_assessable_reason'];
}

export function tileMapToCsv(map: TileMapExport): string {
  return toCsv(
    tileMapCsvHeader(map.labels),
    map.tiles.map((t) => [t.x, t.y, t.width, t.height, t.label, ...map.labels.map((_, i) => t.probabilities[i]), t.notAssessableReason]),
  );
}

export function tileMapToJson(map: TileMapExport): string {
  return `${JSON.stringify({ format: TILE_MAP_FORMAT, version: 1, ...map }, null, 2)}\n`;
}
