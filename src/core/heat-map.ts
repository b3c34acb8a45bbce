/** A heat map over the model input: what the card draws and names. */

/**
 * How the map was made, shown on the card: 'class-activation' is exact for models whose head
 * is pooling → LayerNorm → linear (src/core/class-activation-map.ts); 'grad-cam' is the
 * gradient-weighted approximation kept for every other model (src/core/grad-cam.ts).
 */
export type HeatMapMethod = 'class-activation' | 'grad-cam';

export interface HeatMap {
  /** Grid rows and columns. */
  rows: number;
  cols: number;
  /** Row-major relevance, 0..1 (1 = the most relevant cell). */
  values: number[];
  /** Index of the class explained (the top class unless asked otherwise). */
  classIndex: number;
  method: HeatMapMethod;
  /**
   * Share of the input's width and height, from the top-left, that the grid covers (absent: 1).
   * A strided network's last cells can stop short of the edge: 3 cells at stride 64 cover
   * 192 of 224 pixels, and drawing them over all 224 would shift every cell.
   */
  extent?: number;
  /**
   * For a zoomed image: the map covers the whole image (not the squashed model input) and these
   * are the windows the answer came from, as fractions of the image's width and height.
   */
  windows?: { x: number; y: number; width: number; height: number }[];
}
