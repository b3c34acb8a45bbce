// The tile-map loop without browser APIs: batches of windows to the classifier passed in,
// progress per batch, and a stop on cancel or budget (tiles left are reported, never guessed).
import type { TileRect } from './tile-grid';
import { argmax, type TileOutcome } from './tile-summary';

/** Classified when this share lies within tissue (coverage), so airy lung is classified and only glass skipped. */
export const MIN_TILE_TISSUE = 0.25;

export interface TileAnswer {
  /** Share of the tile within tissue (tissue coverage; the name predates it). */
  tissueFraction: number;
  probabilities: number[] | null;
}

export interface RunTilesOptions {
  tiles: readonly TileRect[];
  classify(batch: TileRect[]): Promise<TileAnswer[]>;
  batchSize: number;
  budgetMs: number;
  signal: { readonly aborted: boolean };
  now(): number;
  onProgress(outcomes: readonly TileOutcome[]): void;
}

export type StopReason = 'done' | 'cancelled' | 'time-budget' | 'failed';

export async function runTiles(o: RunTilesOptions): Promise<{ outcomes: TileOutcome[]; stopped: StopReason; elapsedMs: number }> {
  const t0 = o.now();
  const outcomes: TileOutcome[] = o.tiles.map(() => ({ kind: 'pending' }));
  let stopped: StopReason = 'done';
  const stopReason = (): StopReason | null => (o.signal.aborted ? 'cancelled' : o.now() - t0 > o.budgetMs ? 'time-budget' : null);

  for (let start = 0; start < o.tiles.length; start += o.batchSize) {
    const reason = stopReason();
    if (reason) {
      stopped = reason;
      break;
    }
    const batch = o.tiles.slice(start, start + o.batchSize);
    try {
      const answers = await o.classify(batch);
      batch.forEach((tile, i) => {
        const { tissueFraction, probabilities } = answers[i];
        outcomes[tile.index] = probabilities && tissueFraction >= MIN_TILE_TISSUE
          ? { kind: 'classified', top: argmax(probabilities), probabilities, tissueFraction }
          : { kind: 'background', tissueFraction };
      });
    } catch (err) {
      batch.forEach((tile) => (outcomes[tile.index] = { kind: 'failed', message: (err as Error).message }));
      stopped = 'failed';
    }
    o.onProgress(outcomes);
    if (stopped === 'failed') break;
  }
  for (const [i, out] of outcomes.entries()) {
    if (out.kind === 'pending') outcomes[i] = stopped === 'failed' ? { kind: 'failed', message: 'not run after an earlier failure' } : { kind: 'not-run', reason: stopped === 'time-budget' ? 'time-budget' : 'cancelled' };
  }
  o.onProgress(outcomes);
  return { outcomes, stopped, elapsedMs: o.now() - t0 };
}
