import { describe, expect, it } from 'vitest';
import { minIntervalQueue } from './min-interval-queue';

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('minIntervalQueue', () => {
  it('spaces task starts by the interval, in order, and survives a failing task', async () => {
    const clock = fakeClock();
    const enqueue = minIntervalQueue(500, clock);
    const starts: number[] = [];
    const task = (fail = false) => async () => {
      starts.push(clock.now());
      if (fail) throw new Error('quota');
      return starts.length;
    };
    const results = await Promise.allSettled([enqueue(task()), enqueue(task(true)), enqueue(task())]);
    expect(starts).toEqual([0, 500, 1000]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
  it('does not wait when the last start is long past', async () => {
    const clock = fakeClock();
    const enqueue = minIntervalQueue(500, clock);
    await enqueue(async () => 1);
    await clock.sleep(2000);
    const t = clock.now();
    await enqueue(async () => 2);
    expect(clock.now()).toBe(t);
  });
});
