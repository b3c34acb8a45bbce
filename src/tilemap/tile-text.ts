/** Words for one tile, for its tooltip and for screen readers (the same text for both). */
import type { TileRect } from '../core/tile-grid';
import type { TileOutcome } from '../core/tile-summary';

export interface ClassName {
  label: string;
  displayName: string;
}

const pct = (p: number) => `${(p * 100).toFixed(p >= 0.995 || p < 0.1 ? 1 : 0)} %`;

export function tileText(tile: TileRect, outcome: TileOutcome, classes: readonly ClassName[]): string {
  const where = `Row ${tile.row + 1}, column ${tile.col + 1}`;
  switch (outcome.kind) {
    case 'classified': {
      const top = classes[outcome.top]?.displayName ?? `class ${outcome.top}`;
      const others = outcome.probabilities
        .map((p, i) => ({ p, name: classes[i]?.displayName ?? `class ${i}` }))
        .filter((_, i) => i !== outcome.top)
        .map((o) => `${o.name} ${pct(o.p)}`)
        .join(', ');
      return `${where}: ${top} ${pct(outcome.probabilities[outcome.top])} (${others})`;
    }
    case 'background':
      return `${where}: background, not classified (${Math.round(outcome.tissueFraction * 100)} % tissue)`;
    case 'not-run':
      return `${where}: not classified (${outcome.reason === 'cancelled' ? 'cancelled' : 'time budget reached'})`;
    case 'failed':
      return `${where}: failed: ${outcome.message}`;
    case 'pending':
      return `${where}: waiting`;
  }
}
