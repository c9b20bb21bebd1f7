// Runs in Node (bench). One autocannon run, boiled down to what the tables show.
// The test project (bench-smoke.test.ts) does not include bench/**/*.d.ts; this pulls the typings in everywhere.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration cannot be imported
/// <reference path="./autocannon.d.ts" />
import autocannon, { type AutocannonOptions } from 'autocannon';

export interface LoadResult {
  /** Latency percentiles of the answered requests, ms. */
  p50: number;
  p99: number;
  /** The slowest answer, ms: for a storm fired at once, the time until every request is answered. */
  max: number;
  /**
   * How long the load ran, s: autocannon's own duration for a timed run; for a run of a fixed
   * `amount`, from the start to the last answer (autocannon reports such a run only on its next
   * 1-second tick, so its duration is rounded up to whole seconds: a bare server answering
   * 20,000 requests in 3.2 s would read as 4 s).
   */
  durationS: number;
  /** Answered requests per second over the run. */
  rps: number;
  /** The whole autocannon run (connecting included; it ends on its 1-second ticks), ms. */
  wallMs: number;
  answered: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
}

export async function runLoad(options: AutocannonOptions): Promise<LoadResult> {
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon(options).on('response', () => {
    lastAnswer = performance.now();
  });
  const wallMs = performance.now() - started;
  const statuses: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count;
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  const durationS = options.amount !== undefined ? (lastAnswer - started) / 1000 : result.duration;
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    rps: answered / durationS,
    durationS,
    wallMs,
    answered,
    statuses,
    errors: result.errors + result.timeouts,
  };
}
