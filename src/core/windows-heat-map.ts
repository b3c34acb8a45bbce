/**
 * The heat map of a zoomed image: its answer comes from up to 9 windows (classify-windows.ts),
 * so the map is each window's own map laid where the window lies in the whole image, all for
 * the class the card shows and scaled together. Cells no window covers stay 0; where windows
 * overlap, their evidence is averaged.
 */
import type { ZoomWindow } from './choose-zoom';
import type { HeatMap } from './heat-map';
import { relevance } from './shifted-class-activation-map';

/** Longest side of the combined grid, in cells (a few windows' cells across). */
const MAX_CELLS = 64;

export interface WindowEvidence {
  window: ZoomWindow;
  /** The window's fine grid in logit units (shiftedEvidence), covering `extent` of it from the top-left. */
  rows: number;
  cols: number;
  values: ArrayLike<number>;
  extent: number;
}

export function windowsHeatMap(image: { width: number; height: number }, windows: WindowEvidence[], classIndex: number): HeatMap {
  const first = windows[0];
  // One cell of the combined grid is about one window cell.
  const cellPx = Math.max((first.window.size * first.extent) / first.cols, Math.max(image.width, image.height) / MAX_CELLS);
  const cols = Math.max(1, Math.round(image.width / cellPx));
  const rows = Math.max(1, Math.round(image.height / cellPx));
  const sum = new Float64Array(rows * cols);
  const count = new Uint16Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const y = ((r + 0.5) * image.height) / rows;
    for (let c = 0; c < cols; c++) {
      const x = ((c + 0.5) * image.width) / cols;
      for (const w of windows) {
        const span = w.window.size * w.extent;
        const fx = Math.floor(((x - w.window.x) / span) * w.cols);
        const fy = Math.floor(((y - w.window.y) / span) * w.rows);
        if (fx < 0 || fy < 0 || fx >= w.cols || fy >= w.rows) continue;
        sum[r * cols + c] += w.values[fy * w.cols + fx];
        count[r * cols + c]++;
      }
    }
  }
  const values = relevance(Array.from(sum, (s, i) => (count[i] ? s / count[i] : 0)));
  const frac = (v: number, of: number) => Math.round((v / of) * 1e4) / 1e4;
  return {
    rows,
    cols,
    values,
    classIndex,
    method: 'class-activation',
    windows: windows.map(({ window: w }) => ({ x: frac(w.x, image.width), y: frac(w.y, image.height), width: frac(w.size, image.width), height: frac(w.size, image.height) })),
  };
}
