/** Scores a tile map against the known areas of the demo mosaic (demo/mosaic/mosaic.json). */
import type { TileInfo } from './region-helpers';

export interface MosaicLayout {
  mosaic: { width: number; height: number; areas: { label: string; x: number; y: number; width: number; height: number }[] };
}

export function scoreTileMap(tiles: TileInfo[], layout: MosaicLayout) {
  const areaOf = (t: TileInfo) => layout.mosaic.areas.find((a) => {
    const cx = t.x + t.size / 2;
    const cy = t.y + t.size / 2;
    return cx >= a.x && cx < a.x + a.width && cy >= a.y && cy < a.y + a.height;
  });
  const classified = tiles.filter((t) => t.kind === 'classified');
  const correct = classified.filter((t) => areaOf(t)?.label === t.label).length;
  const areas = layout.mosaic.areas.filter((a) => a.label !== 'background').map((a) => {
    const counts = new Map<string, number>();
    for (const t of classified) if (areaOf(t) === a) counts.set(t.label!, (counts.get(t.label!) ?? 0) + 1);
    const majority = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
    return { label: a.label, majority, counts: Object.fromEntries(counts) };
  });
  return {
    tissue: classified.length,
    correct,
    background: tiles.filter((t) => t.kind === 'background').length,
    areas,
    blankAreaTiles: tiles.filter((t) => areaOf(t)?.label === 'background'),
  };
}
