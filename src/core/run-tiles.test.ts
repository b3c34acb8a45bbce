import { describe, expect, it } from 'vitest';
import { runTiles, type RunTilesOptions } from './run-tiles';
import { tileGrid } from './tile-grid';

/** Tiles of a 4×2 grid; tile 5 is background; "pixels" are the tile index; class = index % 3. */
function options(overrides: Partial<RunTilesOptions<number>> = {}) {
  let clock = 0;
  const batches: number[][] = [];
  const progress: number[] = [];
  const o: RunTilesOptions<number> = {
    tiles: tileGrid(896, 448, 224).tiles,
    cut: (t) => ({ pixels: t.index, tissueFraction: t.index === 5 ? 0.1 : 0.9 }),
    classify: async (batch) => {
      batches.push(batch);
      clock += 100;
      return batch.map((i) => [0, 1, 2].map((c) => (c === i % 3 ? 0.8 : 0.1)));
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
  it('classifies tissue tiles in batches, skips background, places results by tile index', async () => {
    const { o, batches, progress } = options();
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('done');
    expect(batches).toEqual([[0, 1, 2], [3, 4, 6], [7]]);
    expect(outcomes[5]).toEqual({ kind: 'background', tissueFraction: 0.1 });
    expect(outcomes.map((x) => (x.kind === 'classified' ? x.top : -1))).toEqual([0, 1, 2, 0, 1, -1, 0, 1]);
    expect(progress.at(-1)).toBe(8);
  });

  it('stops at the time budget and reports the rest as not run', async () => {
    const { o } = options({ budgetMs: 150 });
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('time-budget');
    expect(outcomes.filter((x) => x.kind === 'classified')).toHaveLength(6);
    expect(outcomes[7]).toEqual({ kind: 'not-run', reason: 'time-budget' });
  });

  it('cancels between batches', async () => {
    const signal = { aborted: false };
    const { o } = options({ signal, maxInFlight: 1, onProgress: () => void (signal.aborted = true) });
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('cancelled');
    expect(outcomes.filter((x) => x.kind === 'classified')).toHaveLength(3);
    // Tiles 3–6 were cut (5 found to be background) while batch 1 ran; 3, 4, 6 are dropped unsent.
    expect(outcomes[5].kind).toBe('background');
    expect(outcomes.filter((x) => x.kind === 'not-run')).toHaveLength(4);
  });

  it('on cancel, still takes the answer of a batch already sent, and sends nothing more', async () => {
    const signal = { aborted: false };
    const { o, batches } = options({ signal, onProgress: () => void (signal.aborted = true) });
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('cancelled');
    expect(batches).toHaveLength(2); // the second was in flight when the first answer came
    expect(outcomes.filter((x) => x.kind === 'classified')).toHaveLength(6);
    expect(outcomes.filter((x) => x.kind === 'not-run')).toHaveLength(1);
  });

  it('marks a failed batch and stops with the error', async () => {
    const { o } = options({ classify: async () => { throw new Error('model gone'); } });
    const { outcomes, stopped } = await runTiles(o);
    expect(stopped).toBe('failed');
    expect(outcomes[0]).toEqual({ kind: 'failed', message: 'model gone' });
  });
});

describe('runTiles pipelining', () => {
  it('sends the next batch before the previous one is answered, at most maxInFlight at once', async () => {
    let open = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const { o, batches } = options({
      maxInFlight: 2,
      classify: async (batch) => {
        batches.push(batch);
        most = Math.max(most, ++open);
        await new Promise<void>((r) => release.push(r));
        open--;
        return batch.map(() => [1, 0, 0]);
      },
    });
    const done = runTiles(o);
    // Answer each batch only when asked, oldest first, after giving the loop time to send more.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      release.shift()?.();
    }
    const { stopped, outcomes } = await done;
    expect(stopped).toBe('done');
    expect(most).toBe(2);
    expect(batches).toEqual([[0, 1, 2], [3, 4, 6], [7]]);
    expect(outcomes.filter((x) => x.kind === 'classified')).toHaveLength(7);
  });

  it('with one batch in flight, a failure stops before the next batch is sent', async () => {
    let calls = 0;
    const { o } = options({ maxInFlight: 1, classify: async () => { calls++; throw new Error('model gone'); } });
    const { stopped, outcomes } = await runTiles(o);
    expect(stopped).toBe('failed');
    expect(calls).toBe(1);
    expect(outcomes[7]).toEqual({ kind: 'failed', message: 'not run after an earlier failure' });
  });
});
