/** Words for one tile, for its tooltip and for screen readers (the same text for both). */
import type { TileRect } from '../core/tile-grid';
import type { TileOutcome } from '../core/tile-summary';
import { t } from '../shared/i18n';

export interface ClassName {
  label: string;
  displayName: string;
}

const pct = (p: number) => `${(p * 100).toFixed(p >= 0.995 || p < 0.1 ? 1 : 0)} %`;

export function tileText(tile: TileRect, outcome: TileOutcome, classes: readonly ClassName[]): string {
  const where = t('tile_where', tile.row + 1, tile.col + 1);
  switch (outcome.kind) {
    case 'classified': {
      const top = classes[outcome.top]?.displayName ?? t('tile_class_fallback', outcome.top);
      const others = outcome.probabilities
        .map((p, i) => ({ p, name: classes[i]?.displayName ?? t('tile_class_fallback', i) }))
        .filter((_, i) => i !== outcome.top)
        .map((o) => t('class_percent', o.name, pct(o.p)))
        .join(', ');
      return t('tile_classified', where, top, pct(outcome.probabilities[outcome.top]), others);
    }
    case 'background':
      return t('tile_background', where, Math.round(outcome.tissueFraction * 100));
    case 'not-run':
      return t('tile_not_run', where, t(outcome.reason === 'cancelled' ? 'tile_reason_cancelled' : 'tile_reason_budget'));
    case 'failed':
      return t('tile_failed', where, outcome.message);
    case 'pending':
      return t('tile_pending', where);
  }
}
