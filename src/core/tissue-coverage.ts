// How much of an image lies within tissue, counting the air spaces between septa as tissue
// and only large stretches of glass as empty. Lung parenchyma is mostly air, so a plain
// tissue-pixel count refused real benign lung; glass differs from air in shape, not colour:
// one large connected background region versus many small compartments walled off by septa.
// Cells are coarse on purpose, so a pale septum still closes its cell (docs/INPUT_CHECK.md).
import { BACKGROUND_MAX_CHROMA, BACKGROUND_MIN_CHANNEL } from './tissue-fraction';
import type { RgbaImage } from './types';

const MAX_CELLS = 64;
const SAMPLES_PER_CELL_SIDE = 4;
/** A septum 2–3 px wide crossing a cell passes; a dust pixel does not. */
const MIN_CELL_TISSUE = 0.125;
/** Regions at least this share are glass: one alveolus can fill a third of a 224-px tile. */
export const MAX_AIR_SPACE = 0.35;

export interface TissueCoverage {
  fraction: number;
  coverage: number;
}

export function tissueCoverage(image: RgbaImage, maxAirSpace = MAX_AIR_SPACE): TissueCoverage {
  const { width, height, data } = image;
  const cell = Math.max(1, Math.ceil(Math.max(width, height) / MAX_CELLS));
  const step = Math.max(1, Math.floor(cell / SAMPLES_PER_CELL_SIDE));
  const cols = Math.ceil(width / cell), rows = Math.ceil(height / cell);
  const samples = new Uint16Array(cols * rows);
  const tissueSamples = new Uint16Array(cols * rows);
  const xs = Math.ceil(width / step);
  const column = new Int32Array(xs);
  for (let k = 0; k < xs; k++) column[k] = Math.floor((k * step) / cell);
  let total = 0, tissue = 0;
  for (let y = 0; y < height; y += step) {
    const rowBase = Math.floor(y / cell) * cols;
    let i = y * width * 4;
    for (let k = 0; k < xs; k++, i += step * 4) {
      const c = rowBase + column[k];
      samples[c]++;
      // isBackgroundPixel (tissue-fraction.ts), inlined: this loop is most of the time.
      const r = data[i], g = data[i + 1], b = data[i + 2];
      const lo = r < g ? (r < b ? r : b) : g < b ? g : b;
      const hi = r > g ? (r > b ? r : b) : g > b ? g : b;
      if (lo < BACKGROUND_MIN_CHANNEL || hi - lo > BACKGROUND_MAX_CHROMA) tissueSamples[c]++;
    }
  }
  for (let c = 0; c < samples.length; c++) {
    total += samples[c];
    tissue += tissueSamples[c];
  }
  if (total === 0) return { fraction: 0, coverage: 0 };
  const background = new Uint8Array(cols * rows);
  for (let c = 0; c < background.length; c++) background[c] = tissueSamples[c] < MIN_CELL_TISSUE * samples[c] ? 1 : 0;
  const fraction = tissue / total;
  // Never below the plain fraction (a glass region's cells may hold a few tissue pixels under
  // the cell threshold): the rule built on coverage only ever accepts more than the fraction did.
  return { fraction, coverage: Math.max(fraction, 1 - glassSamples(cols, rows, samples, background, maxAirSpace * total) / total) };
}

function glassSamples(cols: number, rows: number, samples: Uint16Array, background: Uint8Array, minGlass: number): number {
  const stack = new Int32Array(cols * rows);
  let glass = 0;
  for (let start = 0; start < cols * rows; start++) {
    if (!background[start]) continue;
    // Flood one background region, clearing it as it goes; 4-connectivity, so a diagonal
    // septum still separates two alveoli.
    let top = 0, area = 0;
    stack[top++] = start;
    background[start] = 0;
    while (top > 0) {
      const c = stack[--top];
      area += samples[c];
      const x = c % cols;
      if (x > 0 && background[c - 1]) { background[c - 1] = 0; stack[top++] = c - 1; }
      if (x + 1 < cols && background[c + 1]) { background[c + 1] = 0; stack[top++] = c + 1; }
      if (c >= cols && background[c - cols]) { background[c - cols] = 0; stack[top++] = c - cols; }
      if (c + cols < cols * rows && background[c + cols]) { background[c + cols] = 0; stack[top++] = c + cols; }
    }
    if (area >= minGlass) glass += area;
  }
  return glass;
}
