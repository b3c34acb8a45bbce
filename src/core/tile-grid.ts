// Where the tiles of a tile map go. A large image (a figure, a captured region) is cut
// into square windows of `windowPx` source pixels; each window is resized to the model's
// 224×224 input and classified on its own. Pure maths, so it is tested in Node.

export const MODEL_TILE_PX = 224;
/** LC25000 tiles are 768-px crops of ~40× photographs reduced to 224: one model pixel ≈ 3.4 photograph pixels. */
export const TRAINING_CROP_PX = 768;
export const MIN_WINDOW_PX = 32;
/** More tiles than this take minutes on WASM; the UI asks for a larger window instead. */
export const MAX_TILES = 2500;

export interface TileRect {
  index: number;
  row: number;
  col: number;
  x: number;
  y: number;
  size: number;
}

export interface TileGrid {
  windowPx: number;
  rows: number;
  cols: number;
  tiles: TileRect[];
}

/** Whole tiles when they fit; a remainder of at least a quarter window gets one more tile, spread evenly. */
export function axisPositions(length: number, window: number): number[] {
  if (!(window > 0) || length < window) return length > 0 ? [0] : [];
  const whole = Math.floor(length / window);
  const remainder = length - whole * window;
  const count = remainder >= window / 4 ? whole + 1 : whole;
  if (count === 1) return [0];
  if (count === whole) return Array.from({ length: count }, (_, i) => i * window);
  const span = length - window;
  return Array.from({ length: count }, (_, i) => Math.round((i * span) / (count - 1)));
}

export function tileGrid(width: number, height: number, windowPx: number): TileGrid {
  if (!(width > 0 && height > 0)) throw new Error(`image size ${width}×${height} is empty`);
  const size = Math.max(1, Math.round(Math.min(windowPx, width, height)));
  const xs = axisPositions(width, size);
  const ys = axisPositions(height, size);
  const tiles: TileRect[] = [];
  ys.forEach((y, row) => xs.forEach((x, col) => tiles.push({ index: tiles.length, row, col, x, y, size })));
  return { windowPx: size, rows: ys.length, cols: xs.length, tiles };
}

export type ImageScaleSource =
  | { kind: 'image' }
  | { kind: 'region'; devicePixelRatio: number }
  /** Measured nucleus size against the training tiles', with the estimate's normal spread. */
  | { kind: 'measured'; nucleusPx: number; trainingNucleusPx: number; typicalRange: [number, number] };

export function measuredRatio(source: Extract<ImageScaleSource, { kind: 'measured' }>): number {
  const ratio = source.nucleusPx / source.trainingNucleusPx;
  const [lo, hi] = source.typicalRange;
  return ratio > 0 && (ratio < lo || ratio > hi) ? ratio : 1;
}

/** The default window from the image's scale: an image file is taken at LC25000's scale, a screen capture by its pixel ratio. */
export function defaultWindowPx(source: ImageScaleSource, width: number, height: number): number {
  const ratio = source.kind === 'region' && source.devicePixelRatio > 0
    ? source.devicePixelRatio
    : source.kind === 'measured'
      ? measuredRatio(source)
      : 1;
  return Math.max(MIN_WINDOW_PX, Math.min(Math.round(MODEL_TILE_PX * ratio), width, height));
}

export function minWindowFor(width: number, height: number): number {
  let w = MIN_WINDOW_PX;
  while (w < Math.min(width, height) && tileGrid(width, height, w).tiles.length > MAX_TILES) w = Math.ceil(w * 1.1);
  return Math.min(w, Math.min(width, height));
}
