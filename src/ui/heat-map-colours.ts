// Heat-map colours and drawing: a transparent-to-opaque yellow→red ramp, so low relevance
// leaves the tissue visible and high relevance covers it, and the strongest region in words.
import type { HeatMap } from '../core/heat-map';
import { t, type MessageKey } from '../shared/i18n';

/** One cell's colour: yellow → red with relevance, alpha = relevance × opacity (low relevance leaves the tissue visible). */
export function cellColour(v: number, opacity: number): string {
  const g = Math.round(230 * (1 - v));
  const a = Math.round(opacity * Math.min(1, v * 1.2) * 1000) / 1000;
  return `rgba(255, ${g}, 0, ${a})`;
}

/** One rectangle per cell, then a smoothed drawImage: Firefox refuses pixel arrays from extension script in content scripts. */
export function drawHeatMap(ctx: CanvasRenderingContext2D, map: HeatMap, opacity: number, cells: HTMLCanvasElement): void {
  cells.width = map.cols;
  cells.height = map.rows;
  const small = cells.getContext('2d')!;
  small.clearRect(0, 0, map.cols, map.rows);
  map.values.forEach((v, i) => {
    small.fillStyle = cellColour(v, opacity);
    small.fillRect(i % map.cols, Math.floor(i / map.cols), 1, 1);
  });
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  // Cells that stop short of the edge are drawn where they are, not stretched (HeatMap.extent).
  const extent = map.extent ?? 1;
  ctx.drawImage(cells, 0, 0, ctx.canvas.width * extent, ctx.canvas.height * extent);
  // A zoomed image's windows, outlined so the map's empty parts read as "not classified".
  if (map.windows && opacity > 0) {
    const [w, h] = [ctx.canvas.width, ctx.canvas.height];
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1;
    ctx.strokeStyle = `rgba(255, 255, 255, ${Math.min(1, opacity + 0.2)})`;
    for (const win of map.windows) ctx.strokeRect(win.x * w + 0.5, win.y * h + 0.5, win.width * w - 1, win.height * h - 1);
    ctx.setLineDash([]);
  }
}

const REGIONS: readonly MessageKey[] = [
  'heat_region_top_left', 'heat_region_top_centre', 'heat_region_top_right',
  'heat_region_left_side', 'heat_region_centre', 'heat_region_right_side',
  'heat_region_bottom_left', 'heat_region_bottom_centre', 'heat_region_bottom_right',
];

export function strongestRegion(map: HeatMap): string {
  const sums = Array.from({ length: 9 }, () => 0);
  map.values.forEach((v, i) => {
    const extent = map.extent ?? 1;
    const r = Math.min(2, Math.floor(((Math.floor(i / map.cols) + 0.5) / map.rows) * extent * 3));
    const c = Math.min(2, Math.floor((((i % map.cols) + 0.5) / map.cols) * extent * 3));
    sums[r * 3 + c] += v;
  });
  const best = sums.indexOf(Math.max(...sums));
  return t(REGIONS[best]);
}
