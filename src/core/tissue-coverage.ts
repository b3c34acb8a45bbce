/**
 * How much of an image lies within tissue — counting the air spaces between thin tissue as
 * tissue, and only large stretches of empty glass as empty.
 *
 * Why not the plain tissue fraction: normal lung parenchyma is mostly air. Its alveolar septa
 * are a thin pink network around near-white alveolar spaces, so a real benign lung image may
 * have only 20–35 % tissue pixels and was refused as "too little tissue". Glass is different
 * in shape, not in colour: empty glass around a section (or a speck of tissue on a slide, a
 * blood film, text on paper) is one large connected background region, while the septa cut
 * lung's background into many small compartments. So:
 *  1. cut the image into a grid of small cells (≤ 64 on the long side: ~3.5 px of a 224-px
 *     tile) and mark a cell as tissue when a few of its sampled pixels are tissue. Cells are
 *     coarse on purpose: a pale septum that breaks up into near-white pixels in places still
 *     closes its cell, so an alveolus stays walled off from its neighbours;
 *  2. find the 4-connected regions of background cells. A region smaller than
 *     `MAX_AIR_SPACE` of the image is an air space (or a lumen, a gap in loose tissue);
 *     a larger one is glass;
 *  3. coverage = 1 − (area of glass regions) / (image area), never below the plain fraction.
 * Pure TypeScript, one pass over at most ~256×256 sampled pixels: well under a millisecond.
 */
import { isBackgroundPixel } from './tissue-fraction';
import type { RgbaImage } from './types';

/** Cells on the image's long side at most. */
const MAX_CELLS = 64;
/** Sampled pixels per cell side at most (keeps megapixel images fast). */
const SAMPLES_PER_CELL_SIDE = 4;
/**
 * A cell holds tissue when at least this share of its samples are tissue: a septum 2–3 px
 * wide crossing a 4×4-px cell passes it; a stray dust pixel or scanner noise on glass does not.
 */
const MIN_CELL_TISSUE = 0.125;
/**
 * A background region covering at least this share of the image is glass. Alveoli are
 * compartments: even at high magnification, where one alveolus fills a quarter of the view,
 * several of them make up lung's air. Empty glass beside a section, around a speck of tissue,
 * between the cells of a smear or behind text is one region touching everything.
 */
export const MAX_AIR_SPACE = 0.25;

export interface TissueCoverage {
  /** Share of sampled pixels that are tissue (not near-white, grey background). */
  fraction: number;
  /** Share of the image within tissue: tissue cells plus background regions too small to be glass. */
  coverage: number;
}

export function tissueCoverage(image: RgbaImage): TissueCoverage {
  const { width, height, data } = image;
  const cell = Math.max(1, Math.ceil(Math.max(width, height) / MAX_CELLS));
  const step = Math.max(1, Math.floor(cell / SAMPLES_PER_CELL_SIDE));
  const cols = Math.ceil(width / cell), rows = Math.ceil(height / cell);
  const samples = new Uint16Array(cols * rows);
  const tissueSamples = new Uint16Array(cols * rows);
  let total = 0, tissue = 0;
  for (let y = 0; y < height; y += step) {
    const rowBase = Math.floor(y / cell) * cols;
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      const c = rowBase + Math.floor(x / cell);
      samples[c]++;
      total++;
      if (!isBackgroundPixel(data[i], data[i + 1], data[i + 2])) {
        tissueSamples[c]++;
        tissue++;
      }
    }
  }
  if (total === 0) return { fraction: 0, coverage: 0 };
  const isTissueCell = (c: number) => tissueSamples[c] >= MIN_CELL_TISSUE * samples[c];
  const fraction = tissue / total;
  // Never below the plain fraction (a glass region's cells may hold a few tissue pixels under
  // the cell threshold): the rule built on coverage only ever accepts more than the fraction did.
  return { fraction, coverage: Math.max(fraction, 1 - glassSamples(cols, rows, samples, isTissueCell) / total) };
}

/** Samples in background regions (4-connected cells) of at least MAX_AIR_SPACE of the image. */
function glassSamples(cols: number, rows: number, samples: Uint16Array, isTissueCell: (c: number) => boolean): number {
  let total = 0;
  for (const n of samples) total += n;
  const seen = new Uint8Array(cols * rows);
  const stack = new Int32Array(cols * rows);
  let glass = 0;
  for (let start = 0; start < cols * rows; start++) {
    if (seen[start] || isTissueCell(start)) continue;
    // Flood one background region; 4-connectivity, so a diagonal septum still separates.
    let top = 0, area = 0;
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const c = stack[--top];
      area += samples[c];
      const x = c % cols;
      for (const n of [x > 0 ? c - 1 : -1, x + 1 < cols ? c + 1 : -1, c - cols, c + cols]) {
        if (n < 0 || n >= cols * rows || seen[n] || isTissueCell(n)) continue;
        seen[n] = 1;
        stack[top++] = n;
      }
    }
    if (area >= MAX_AIR_SPACE * total) glass += area;
  }
  return glass;
}
