/**
 * The window size: how many image pixels one tile covers before it is resized to the
 * model's 224×224. Explains the default and offers the two scales that matter.
 */
import { MODEL_TILE_PX, TRAINING_CROP_PX, measuredRatio, type ImageScaleSource } from '../core/tile-grid';

export interface ScaleControlProps {
  value: number;
  min: number;
  max: number;
  defaultPx: number;
  source: ImageScaleSource;
  disabled: boolean;
  tileCount: number;
  onChange(px: number): void;
}

export function ScaleControl({ value, min, max, defaultPx, source, disabled, tileCount, onChange }: ScaleControlProps) {
  const set = (px: number) => onChange(Math.min(max, Math.max(min, Math.round(px))));
  const why = source.kind === 'measured'
    ? measuredRatio(source) === 1
      ? `nuclei in this image measure about ${Math.round(source.nucleusPx)} px across, within the range of training tiles (about ${Math.round(source.trainingNucleusPx)} px), so one image pixel is taken as one training-tile pixel: ${defaultPx} px`
      : `nuclei in this image measure about ${Math.round(source.nucleusPx)} px across, against about ${Math.round(source.trainingNucleusPx)} px in a training tile, so ${defaultPx} px shows them at the training size`
    : source.kind === 'region'
      ? `a screen capture at ${source.devicePixelRatio.toFixed(2)} device pixels per CSS pixel, so ${defaultPx} px is 224 CSS pixels — a training tile shown at its own size`
      : `one image pixel is assumed to be one pixel of a training tile, so ${defaultPx} px`;
  return (
    <div class="tm-field">
      <label for="tm-window">Tile window: {value} × {value} image pixels ({tileCount} tile{tileCount === 1 ? "" : "s"})</label>
      <div class="tm-row">
        <input id="tm-window" type="range" min={min} max={max} step={1} value={value} disabled={disabled} data-testid="tm-window"
          aria-describedby="tm-window-explain" onInput={(e) => set(Number(e.currentTarget.value))} />
        <input class="tm-number" type="number" min={min} max={max} value={value} disabled={disabled} aria-label="Tile window in image pixels"
          onChange={(e) => set(Number(e.currentTarget.value))} />
      </div>
      <div class="tm-row">
        <button type="button" disabled={disabled} onClick={() => set(defaultPx)}>Default ({defaultPx} px)</button>
        <button type="button" disabled={disabled || max < TRAINING_CROP_PX} onClick={() => set(TRAINING_CROP_PX)}>Full-resolution 40× photo ({TRAINING_CROP_PX} px)</button>
      </div>
      <p class="tm-explain" id="tm-window-explain">
        The model learned from LC25000 tiles: {TRAINING_CROP_PX}×{TRAINING_CROP_PX}-pixel crops of 40× microscope photographs,
        reduced to {MODEL_TILE_PX}×{MODEL_TILE_PX}. Each window is resized to {MODEL_TILE_PX}×{MODEL_TILE_PX}, so it should show
        about as much tissue as a training tile. Default: {why}. If cells look much larger or smaller than in the
        training tiles, change the window until a window holds a similar number of cells.
      </p>
    </div>
  );
}
