/**
 * Stage durations for `--timings`, each with the thread that ran it: the main thread's stages are
 * timed here; the validators worker reports its own laps (`record`).
 */
export type Thread = "main thread" | "validators worker";

export type Lap = readonly [stage: string, ms: number, thread: Thread];

export class Timings {
  readonly list: Lap[] = [];

  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.record(stage, performance.now() - start, "main thread");
    }
  }

  record(stage: string, ms: number, thread: Thread): void {
    this.list.push([stage, Math.round(ms), thread]);
  }
}
