import { describe, expect, it } from 'vitest';
import { runTiles, type RunTilesOptions } from './run-tiles';
import { tileGrid } from './tile-grid';

/** Tiles of a 4×2 grid; tile 5 is background; class = index % 3. */
function options(overrides: Partial<RunTilesOptions> = {}) {
  let clock = 0;
  const batches: number[][] = [];
  const progress: number[] = [];
  const o: RunTilesOptions = {
    tiles: tileGrid(896, 448, 224).tiles,
    classify: async (batch) => {
      batches.push(batch.map((t) => t.index));
      clock += 100;
      return batch.map(({ index: i }) => (i === 5 ? { tissueFraction: 0.1, probabilities: null }
        : { tissueFraction: 0.9, probabilities: [0, 1, 2].map((c) => (c === i % 3 ? 0.8 : 0.1)) }));
    },
    batchSize: 3,
    budgetMs: 10_000,
    signal: { aborted: false },
    now: () => clock,
    onProgress: (outs) => progress.push(outs.filter((x) => x.kind !== 'pending').length),
    ...overrides,
  };
  return { o, batches, progress };
}

describe('runTiles', () => {
  it('sends tiles in batches, marks background, places results by tile index', async () => {
    const { o, batches, progress } = options();
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('done');
    expect(batches).toEqual([[0, 1, 2], [3, 4, 5], [6, 7]]);
    expect(outcomes[5]).toEqual({ kind: 'background', tissueFraction: 0.1 });
    expect(outcomes.map((x) => (x.kind === 'classified' ? x.top : -1))).toEqual([0, 1, 2, 0, 1, -1, 0, 1]);
    expect(progress.at(-1)).toBe(8);
  });

  it('stops at the time budget and reports the rest as not run', async () => {
    const { o } = options({ budgetMs: 150 });
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('time-budget');
    expect(outcomes.filter((x) => x.kind === 'classified')).toHaveLength(5);
    expect(outcomes[5]).toEqual({ kind: 'background', tissueFraction: 0.1 });
    expect(outcomes[6]).toEqual({ kind: 'not-run', reason: 'time-budget' });
  });

  it('cancels between batches', async () => {
    const signal = { aborted: false };
    const { o } = options({ signal, onProgress: () => void (signal.aborted = true) });
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('cancelled');
    expect(outcomes.filter((x) => x.kind === 'classified')).toHaveLength(3);
    expect(outcomes.filter((x) => x.kind === 'not-run')).toHaveLength(5);
  });

  it('marks a failed batch and stops with the error', async () => {
    const { o } = options({ classify: async () => { throw new Error('model gone'); } });
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('failed');
    expect(outcomes[0]).toEqual({ kind: 'failed', message: 'model gone' });
  });
});
