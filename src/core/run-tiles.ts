/**
 * The tile-map loop, free of browser APIs: cut each tile, skip background, classify
 * tissue tiles in batches, report progress, and stop on cancel or when the time budget
 * is spent (the tiles left are reported as not run, never guessed). Cutting and
 * classifying are passed in, so the loop is tested in Node with fakes of both.
 */
import type { TileRect } from './tile-grid';
import { argmax, type TileOutcome } from './tile-summary';

/** A tile is classified when at least this share of it is tissue (see tissue-fraction.ts). */
export const MIN_TILE_TISSUE = 0.25;

export interface RunTilesOptions<P> {
  tiles: readonly TileRect[];
  /** Pixels of one tile and its tissue fraction (0..1). */
  cut(tile: TileRect): { pixels: P; tissueFraction: number };
  /** Probabilities per tile, in the model's label order, for one batch. */
  classify(batch: P[]): Promise<number[][]>;
  batchSize: number;
  budgetMs: number;
  signal: { readonly aborted: boolean };
  now(): number;
  onProgress(outcomes: readonly TileOutcome[]): void;
}

export type StopReason = 'done' | 'cancelled' | 'time-budget' | 'failed';

export async function runTiles<P>(o: RunTilesOptions<P>): Promise<{ outcomes: TileOutcome[]; stopped: StopReason; elapsedMs: number }> {
  const t0 = o.now();
  const outcomes: TileOutcome[] = o.tiles.map(() => ({ kind: 'pending' }));
  let batch: { index: number; pixels: P; tissueFraction: number }[] = [];
  let stopped = 'done' as StopReason; // widened: flush() may set 'failed'

  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    try {
      const probs = await o.classify(current.map((b) => b.pixels));
      current.forEach((b, i) => (outcomes[b.index] = { kind: 'classified', top: argmax(probs[i]), probabilities: probs[i], tissueFraction: b.tissueFraction }));
    } catch (err) {
      current.forEach((b) => (outcomes[b.index] = { kind: 'failed', message: (err as Error).message }));
      stopped = 'failed';
    }
    o.onProgress(outcomes);
  };
  const stopReason = (): StopReason | null => (o.signal.aborted ? 'cancelled' : o.now() - t0 > o.budgetMs ? 'time-budget' : null);

  for (const tile of o.tiles) {
    const reason = stopReason();
    if (reason || stopped === 'failed') {
      if (reason) stopped = reason;
      break;
    }
    const { pixels, tissueFraction } = o.cut(tile);
    if (tissueFraction < MIN_TILE_TISSUE) {
      outcomes[tile.index] = { kind: 'background', tissueFraction };
      continue;
    }
    batch.push({ index: tile.index, pixels, tissueFraction });
    if (batch.length >= o.batchSize) await flush();
  }
  const reason = stopReason();
  if (reason && stopped === 'done') stopped = reason;
  if (stopped === 'cancelled') batch = []; // a cancel drops the unsent batch at once
  else await flush();
  for (const [i, out] of outcomes.entries()) {
    if (out.kind === 'pending') outcomes[i] = stopped === 'failed' ? { kind: 'failed', message: 'not run after an earlier failure' } : { kind: 'not-run', reason: stopped === 'time-budget' ? 'time-budget' : 'cancelled' };
  }
  o.onProgress(outcomes);
  return { outcomes, stopped, elapsedMs: o.now() - t0 };
}
