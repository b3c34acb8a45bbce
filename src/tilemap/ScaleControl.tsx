// The window size: how many image pixels one tile covers before it is resized to the
// model's 224×224. Explains the default and offers the two scales that matter.
import { MODEL_TILE_PX, TRAINING_CROP_PX, measuredRatio, type ImageScaleSource } from '../core/tile-grid';
import { plural, t } from '../shared/i18n';

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
      ? t('tm_why_measured_same', Math.round(source.nucleusPx), Math.round(source.trainingNucleusPx), defaultPx)
      : t('tm_why_measured', Math.round(source.nucleusPx), Math.round(source.trainingNucleusPx), defaultPx)
    : source.kind === 'region'
      ? t('tm_why_region', source.devicePixelRatio.toFixed(2), defaultPx)
      : t('tm_why_image', defaultPx);
  return (
    <div class="tm-field">
      <label for="tm-window">{plural(tileCount, 'tm_window_one', 'tm_window_other', value)}</label>
      <div class="tm-row">
        <input id="tm-window" type="range" min={min} max={max} step={1} value={value} disabled={disabled} data-testid="tm-window"
          aria-describedby="tm-window-explain" onInput={(e) => set(Number(e.currentTarget.value))} />
        <input class="tm-number" type="number" min={min} max={max} value={value} disabled={disabled} aria-label={t('tm_window_input')}
          onChange={(e) => set(Number(e.currentTarget.value))} />
      </div>
      <div class="tm-row">
        <button type="button" disabled={disabled} onClick={() => set(defaultPx)}>{t('tm_window_default', defaultPx)}</button>
        <button type="button" disabled={disabled || max < TRAINING_CROP_PX} onClick={() => set(TRAINING_CROP_PX)}>{t('tm_window_full_resolution', TRAINING_CROP_PX)}</button>
      </div>
      <p class="tm-explain" id="tm-window-explain">
        {t('tm_window_explain', TRAINING_CROP_PX, MODEL_TILE_PX, why)}
      </p>
    </div>
  );
}
