// What a tile map found: per tile an outcome, and a summary that counts only tissue
// tiles (background tiles are skipped, tiles left over by a cancel or the time budget
// are reported as such, never counted as a class).

export type TileOutcome =
  | { kind: 'pending' }
  /** Mostly blank glass/paper: not classified. */
  | { kind: 'background'; tissueFraction: number }
  /** Probabilities in the model's label order; `top` indexes into them. */
  | { kind: 'classified'; top: number; probabilities: number[]; tissueFraction: number }
  | { kind: 'not-run'; reason: 'cancelled' | 'time-budget' }
  | { kind: 'failed'; message: string };

export interface ClassShare {
  label: string;
  tiles: number;
  /** Share of the classified tissue tiles (0..1). */
  share: number;
  meanProbability: number;
}

export interface TileSummary {
  total: number;
  tissue: number;
  background: number;
  notRun: number;
  failed: number;
  pending: number;
  classes: ClassShare[];
}

export function summariseTiles(outcomes: readonly TileOutcome[], labels: readonly string[]): TileSummary {
  const counts = labels.map(() => 0);
  const probSums = labels.map(() => 0);
  const summary = { total: outcomes.length, tissue: 0, background: 0, notRun: 0, failed: 0, pending: 0 };
  for (const o of outcomes) {
    if (o.kind === 'classified') {
      summary.tissue++;
      counts[o.top]++;
      probSums[o.top] += o.probabilities[o.top];
    } else if (o.kind === 'background') summary.background++;
    else if (o.kind === 'not-run') summary.notRun++;
    else if (o.kind === 'failed') summary.failed++;
    else summary.pending++;
  }
  const classes = labels.map((label, i) => ({
    label,
    tiles: counts[i],
    share: summary.tissue ? counts[i] / summary.tissue : 0,
    meanProbability: counts[i] ? probSums[i] / counts[i] : 0,
  }));
  return { ...summary, classes };
}

export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
