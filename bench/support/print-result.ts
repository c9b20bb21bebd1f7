// Runs in Node (bench). Prints one benchmark's rows, for the standalone `run.ts` of each folder.
import { renderResultsTable, type BenchResult } from '../render-results.ts';

export function printResult(result: BenchResult): void {
  console.log(renderResultsTable([result]));
}
