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
}
