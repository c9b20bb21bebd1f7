// Runs in Node: `npm run bench` (add `-- --quick` for the CI smoke run). Runs every benchmark,
// prints one Markdown table and writes it to bench/RESULTS.md with the machine and the date.
// Each figure is paired with a baseline measured in the same run; the ratio is what we compare.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderResultsTable } from './render-results.ts';
import { runBenches } from './run-benches.ts';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const results = await runBenches({ quick, onDone: (result) => console.error(`done: ${result.name}`) });
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.versions.node}`;
  const markdown = [
    '# Benchmark results',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${machine}`,
    `- Mode: ${quick ? 'quick (smoke run; figures are rough)' : 'full'}`,
    '',
    renderResultsTable(results),
    '',
  ].join('\n');
  console.log(markdown);
  if (!quick) writeFileSync(fileURLToPath(new URL('./RESULTS.md', import.meta.url)), markdown);
}

await main();
