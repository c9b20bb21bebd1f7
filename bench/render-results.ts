// Runs in Node (bench). Shapes every benchmark's figures into one Markdown table.

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** The same quantity measured for the baseline in the same run, when there is one. */
  baseline?: number;
  /** value / baseline (or baseline / value for "higher is better" figures), as the bench defines it. */
  ratio?: number;
  /** What we aim for, in words, e.g. "< 5 ms" or ">= 0.5 of bare handler". */
  target?: string;
}

export interface BenchResult {
  name: string;
  rows: BenchRow[];
}

const format = (n: number | undefined): string =>
  n === undefined ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);

export function renderResultsTable(results: BenchResult[]): string {
  const lines = ['| Benchmark | Metric | Value | Baseline | Ratio | Target |', '|---|---|---|---|---|---|'];
  for (const result of results) {
    for (const row of result.rows) {
      lines.push(
        `| ${result.name} | ${row.metric} | ${format(row.value)} ${row.unit} | ${row.baseline === undefined ? '' : `${format(row.baseline)} ${row.unit}`} | ${row.ratio === undefined ? '' : `${format(row.ratio)}×`} | ${row.target ?? ''} |`,
      );
    }
  }
  return lines.join('\n');
}
