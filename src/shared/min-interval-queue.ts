// Runs tasks one at a time with at least `intervalMs` between their starts. Used for
// `tabs.captureVisibleTab`, which Chrome limits to 2 calls per second
// (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND) and answers with an error beyond that.
export function minIntervalQueue(intervalMs: number, clock: { now(): number; sleep(ms: number): Promise<void> } = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
}) {
  let chain: Promise<unknown> = Promise.resolve();
  let lastStart = -Infinity;
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = chain.then(async () => {
      const wait = lastStart + intervalMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
      lastStart = clock.now();
      return task();
    });
    chain = run.catch(() => undefined);
    return run;
  };
}
