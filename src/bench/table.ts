/** One row of the benchmark table. */
export interface BenchRow {
  /** The corpus (`10k claims`) or `start-up`; shown on the first row of its group only. */
  group: string;
  files?: number;
  claims?: number;
  /** What was run: `floor`, `check`, `lint`, `ajv-cli`, `node -e 0`, … */
  command: string;
  wallMs?: number;
  /** Wall time over the reference's: the floor for a corpus, bare Node.js for start-up. */
  ratio?: number;
  cpuMs?: number;
  peakMb?: number;
  /** Wall time over the same command's on the 10k-claim corpus. */
  growth?: number;
  /** Instead of the figures: why there are none (`> 600 s`). */
  note?: string;
}

type Align = 'left' | 'right';
const COLUMNS: { title: string; align: Align; cell: (row: BenchRow) => string }[] = [
  { title: 'corpus', align: 'left', cell: (r) => r.group },
  { title: 'files', align: 'right', cell: (r) => count(r.files) },
  { title: 'claims', align: 'right', cell: (r) => count(r.claims) },
  { title: 'command', align: 'left', cell: (r) => r.command },
  { title: 'wall s', align: 'right', cell: (r) => r.note ?? seconds(r.wallMs) },
  { title: 'ratio', align: 'right', cell: (r) => times(r.ratio) },
  { title: 'cpu s', align: 'right', cell: (r) => seconds(r.cpuMs) },
  { title: 'peak MB', align: 'right', cell: (r) => (r.peakMb === undefined ? '' : r.peakMb.toFixed(0)) },
  { title: 'growth', align: 'right', cell: (r) => times(r.growth) },
];

function count(value: number | undefined): string {
  return value === undefined ? '' : value.toLocaleString('en-US');
}

function seconds(ms: number | undefined): string {
  if (ms === undefined) return '';
  return ms < 10_000 ? (ms / 1000).toFixed(3) : (ms / 1000).toFixed(1);
}

function times(ratio: number | undefined): string {
  return ratio === undefined ? '' : `${ratio.toFixed(2)}×`;
}

// Said once per group, on its first row.
const GROUP_COLUMNS = new Set(['corpus', 'files', 'claims']);

/** The table as aligned plain text, a header and one line per row; a corpus and its size only on its first row. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row, i) => {
    const repeated = i > 0 && rows[i - 1].group === row.group;
    return COLUMNS.map((column) => (repeated && GROUP_COLUMNS.has(column.title) ? '' : column.cell(row)));
  });
  const widths = COLUMNS.map((column, c) => Math.max(column.title.length, ...cells.map((line) => line[c].length)));
  const render = (line: string[]) =>
    line
      .map((cell, c) => (COLUMNS[c].align === 'left' ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [render(COLUMNS.map((c) => c.title)), ...cells.map(render)].join('\n') + '\n';
}
