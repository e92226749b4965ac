/** Stage durations for `--timings`: every stage runs on the main thread, so wall time is its own. */
export class Timings {
  readonly list: [stage: string, ms: number][] = [];

  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.list.push([stage, Math.round(performance.now() - start)]);
    }
  }
}
