/** Legend, opacity slider and the per-class summary of a tile map. */
import { classColour } from '../core/class-colours';
import { formatPercent as pct } from '../core/format-percent';
import type { TileSummary } from '../core/tile-summary';
import type { ClassName } from './tile-text';
import { plural, t } from '../shared/i18n';

export interface TileMapResultsProps {
  classes: readonly ClassName[];
  summary: TileSummary | null;
  opacity: number;
  onOpacity(value: number): void;
}

export function TileMapResults({ classes, summary, opacity, onOpacity }: TileMapResultsProps) {
  return (
    <section class="tm-panel" aria-labelledby="tm-legend-title">
      <h2 id="tm-legend-title">{t('tm_legend')}</h2>
      <ul class="tm-legend" data-testid="tm-legend">
        {classes.map((c, i) => (
          <li key={c.label}>
            <span class="tm-swatch" style={{ background: classColour(c.label, i) }} aria-hidden="true" />
            {c.displayName}
          </li>
        ))}
        <li>
          <span class="tm-swatch tm-swatch--none" aria-hidden="true" />
          {t('tm_legend_none')}
        </li>
      </ul>
      <div class="tm-field">
        <label for="tm-opacity">{t('tm_opacity', Math.round(opacity * 100))}</label>
        <input id="tm-opacity" type="range" min={0} max={1} step={0.05} value={opacity} data-testid="tm-opacity"
          onInput={(e) => onOpacity(Number(e.currentTarget.value))} />
      </div>
      {summary && (
        <>
          <h2>{t('tm_summary')}</h2>
          <table data-testid="tm-summary">
            <caption class="sr-only">{t('tm_summary_caption')}</caption>
            <thead>
              <tr><th>{t('tm_column_class')}</th><th class="num">{t('tm_column_tiles')}</th><th class="num">{t('tm_column_share')}</th><th class="num">{t('tm_column_mean')}</th></tr>
            </thead>
            <tbody>
              {summary.classes.map((c, i) => (
                <tr key={c.label} data-label={c.label}>
                  <td>{classes[i]?.displayName ?? c.label}</td>
                  <td class="num">{c.tiles}</td>
                  <td class="num">{pct(c.share)}</td>
                  <td class="num">{c.tiles ? pct(c.meanProbability) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="tm-explain">
            {plural(summary.background, 'tm_summary_note_one', 'tm_summary_note_other', summary.tissue,
              summary.notRun ? t('tm_summary_not_run', summary.notRun) : '', summary.failed ? t('tm_summary_failed', summary.failed) : '')}
          </p>
        </>
      )}
    </section>
  );
}
