// Runs in Node (bench). Two sides measured in turn, never at once: each runs `rounds` times, and
// which goes first alternates from round to round. Load from outside this machine drifts over a
// minute (a whole `npm run bench` has measured the same bare baseline at 2,900 and at 5,000 /s),
// and taking turns keeps that drift from landing on one side only; callers keep each side's best.
export async function alternateRounds<T>(rounds: number, ours: () => Promise<T>, theirs: () => Promise<T>): Promise<{ ours: T[]; theirs: T[] }> {
  const [oursRuns = [], theirsRuns = []] = await rotateRounds(rounds, [ours, theirs]);
  return { ours: oursRuns, theirs: theirsRuns };
}

/** The same for any number of sides: in the given order on even rounds, reversed on odd ones; the runs of each side, in side order. */
export async function rotateRounds<T>(rounds: number, sides: ReadonlyArray<() => Promise<T>>): Promise<T[][]> {
  const runs: T[][] = sides.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    const order = sides.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) runs[i]!.push(await sides[i]!());
  }
  return runs;
}

/** The run that scored highest (the others only met more interference from outside). */
export function bestOf<T>(runs: readonly T[], score: (run: T) => number): T {
  if (runs.length === 0) throw new Error('bestOf: no runs');
  return runs.reduce((a, b) => (score(b) > score(a) ? b : a));
}
