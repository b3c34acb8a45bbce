/** Legend, opacity slider and the per-class summary of a tile map. */
import { classColour } from '../core/class-colours';
import { formatPercent as pct } from '../core/format-percent';
import type { TileSummary } from '../core/tile-summary';
import type { ClassName } from './tile-text';

export interface TileMapResultsProps {
  classes: readonly ClassName[];
  summary: TileSummary | null;
  opacity: number;
  onOpacity(value: number): void;
}

export function TileMapResults({ classes, summary, opacity, onOpacity }: TileMapResultsProps) {
  return (
    <section class="tm-panel" aria-labelledby="tm-legend-title">
      <h2 id="tm-legend-title">Legend</h2>
      <ul class="tm-legend" data-testid="tm-legend">
        {classes.map((c, i) => (
          <li key={c.label}>
            <span class="tm-swatch" style={{ background: classColour(c.label, i) }} aria-hidden="true" />
            {c.displayName}
          </li>
        ))}
        <li>
          <span class="tm-swatch tm-swatch--none" aria-hidden="true" />
          No colour: background (not tissue), not classified
        </li>
      </ul>
      <div class="tm-field">
        <label for="tm-opacity">Colour map opacity: {Math.round(opacity * 100)} %</label>
        <input id="tm-opacity" type="range" min={0} max={1} step={0.05} value={opacity} data-testid="tm-opacity"
          onInput={(e) => onOpacity(Number(e.currentTarget.value))} />
      </div>
      {summary && (
        <>
          <h2>Summary</h2>
          <table data-testid="tm-summary">
            <caption class="sr-only">Share of tissue tiles per class</caption>
            <thead>
              <tr><th>Class</th><th class="num">Tiles</th><th class="num">Share</th><th class="num">Mean prob.</th></tr>
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
            Shares are of the {summary.tissue} tissue tiles; {summary.background} background tile{summary.background === 1 ? '' : 's'} were
            skipped{summary.notRun ? `, ${summary.notRun} not classified` : ''}{summary.failed ? `, ${summary.failed} failed` : ''}.
          </p>
        </>
      )}
    </section>
  );
}
