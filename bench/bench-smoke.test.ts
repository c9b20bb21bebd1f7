// test (Node): CI's smoke run of the benchmarks: the quick mode of every benchmark runs to the
// end and every figure is a finite number paired with a finite baseline. No speed is asserted
// here (figures on a shared CI machine say little); `npm run bench` measures.
import { describe, expect, it } from 'vitest';
import { runBenches } from './run-benches.ts';

describe('benchmarks (quick mode)', () => {
  it('run to the end with a finite value and baseline in every row', async () => {
    const results = await runBenches({ quick: true });
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.rows.length, result.name).toBeGreaterThan(0);
      for (const row of result.rows) {
        const where = `${result.name}: ${row.metric}`;
        expect(Number.isFinite(row.value), `${where} value ${row.value}`).toBe(true);
        expect(Number.isFinite(row.baseline), `${where} baseline ${row.baseline}`).toBe(true);
      }
    }
  }, 300_000);
});
