/** A heat map over the model input: what the card draws and names. */

/** Shown on the card: 'class-activation' is exact for pooling → LayerNorm → linear heads; 'grad-cam' approximates. */
export type HeatMapMethod = 'class-activation' | 'grad-cam';

export interface HeatMap {
  rows: number;
  cols: number;
  values: number[];
  classIndex: number;
  method: HeatMapMethod;
  /** Share of the input the grid covers from the top-left: a strided network's last cells can stop short of the edge. */
  extent?: number;
  /**
   * For a zoomed image: the map covers the whole image (not the squashed model input) and these
   * are the windows the answer came from, as fractions of the image's width and height.
   */
  windows?: { x: number; y: number; width: number; height: number }[];
}
