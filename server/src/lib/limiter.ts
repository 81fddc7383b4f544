/**
 * An in-process bound on costly work (image decoding): at most `concurrency` tasks run, at most
 * `queue` wait; beyond that the caller gets `busy()` at once instead of piling up memory.
 */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now, tasks waiting, and tasks ever started (for tests and metrics). */
  readonly stats: { active: number; waiting: number; started: number };
}

export function createLimiter(o: { concurrency: number; queue: number; busy: () => Error }): Limiter {
  let active = 0;
  let started = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    // The slot passes straight to the next task: `active` stays the same.
    if (next) next();
    else active--;
  };
  return {
    async run(task) {
      if (active < o.concurrency) active++;
      else if (waiting.length < o.queue) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw o.busy();
      started++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    get stats() {
      return { active, waiting: waiting.length, started };
    },
  };
}
