// Runs in Node (bench). Standalone: `node bench/slot-engine/run.ts [--quick]` prints the figures.
import { runSlotEngineBench } from './slot-engine.bench.ts';

const result = await runSlotEngineBench({ quick: process.argv.includes('--quick') });
console.log(result.name);
for (const row of result.rows) {
  const baseline = row.baseline === undefined ? '' : `  baseline ${row.baseline} ${row.unit}`;
  const ratio = row.ratio === undefined ? '' : `  ratio ${row.ratio}x`;
  const target = row.target === undefined ? '' : `  target ${row.target}`;
  console.log(`  ${row.metric}: ${row.value} ${row.unit}${baseline}${ratio}${target}`);
}
