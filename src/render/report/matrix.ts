import type { CheckResult, EventGroup, Topic } from '../../check/result.js';
import { escapeMarkdown } from '../escape/markdown.js';
import { type Block, heading, strong, table } from './blocks.js';
import { answerText, compareText, originKey } from './describe.js';
import { eventCell } from './topic-rows.js';

// Columns per table: wider tables scroll sideways on GitHub and are hard to read.
const COLUMNS_PER_TABLE = 6;

interface Column {
  name: string;
  topic: Topic;
  group?: EventGroup;
}

interface OriginRow {
  label: string;
  /** Where the row sorts among all rows: by label. */
  rank: number;
  /** Column name → the answers this origin gave on that topic, in position order. */
  answers: Map<string, string[]>;
}

function contestedColumns(result: CheckResult): Column[] {
  const topics: { topic: Topic; group?: EventGroup }[] = [
    ...result.events.flatMap((group) => group.topics.map((topic) => ({ topic, group }))),
    ...result.standing.map((topic) => ({ topic })),
  ];
  return topics.filter(({ topic }) => topic.status === 'contested').map((column, i) => ({ name: `T${i + 1}`, ...column }));
}

// Origins are told apart by `origin` (a claim's origin after aliases) or, on a date topic, by outlet.
// Returns, for each column, the rows of the origins that took a position on it.
function originRows(columns: readonly Column[]): Map<string, OriginRow[]> {
  const rows = new Map<string, OriginRow>();
  const byColumn = new Map<string, OriginRow[]>(columns.map(({ name }) => [name, []]));
  const record = (name: string, label: string, column: string, answer: string): void => {
    const key = originKey(name);
    const row = rows.get(key) ?? { label, rank: 0, answers: new Map<string, string[]>() };
    rows.set(key, row);
    const answers = row.answers.get(column) ?? [];
    if (answers.length === 0) byColumn.get(column)?.push(row);
    if (!answers.includes(answer)) answers.push(answer);
    row.answers.set(column, answers);
  };
  for (const { name, topic } of columns) {
    for (const position of topic.positions) {
      const answer = answerText(position.says);
      for (const claim of position.claims ?? []) record(claim.origin, claim.by, name, answer);
      for (const report of position.reports ?? []) record(report.outlet, report.outlet, name, answer);
    }
  }
  [...rows.values()].sort((a, b) => compareText(a.label, b.label)).forEach((row, rank) => (row.rank = rank));
  return byColumn;
}

function matrixTable(columns: readonly Column[], byColumn: Map<string, OriginRow[]>): string {
  const shown = [...new Set(columns.flatMap(({ name }) => byColumn.get(name) ?? []))].sort((a, b) => a.rank - b.rank);
  return table(
    ['Origin', ...columns.map(({ name }) => name)],
    shown.map((row) => [
      strong(row.label),
      ...columns.map(({ name }) => (row.answers.get(name) ?? []).map((answer) => escapeMarkdown(answer)).join('<br>')),
    ]),
  );
}

/** Who says what: which position each independent origin took on each contested topic. */
export function matrixSection(result: CheckResult): Block[] {
  const columns = contestedColumns(result);
  if (columns.length === 0) return [heading(2, 'Who says what'), 'No topic is contested, so no origin contradicts another.'];
  const legend = table(
    ['Column', 'Topic', 'Event'],
    columns.map(({ name, topic, group }) => [name, escapeMarkdown(topic.about), eventCell(group)]),
  );
  const byColumn = originRows(columns);
  const tables: string[] = [];
  for (let start = 0; start < columns.length; start += COLUMNS_PER_TABLE) {
    tables.push(matrixTable(columns.slice(start, start + COLUMNS_PER_TABLE), byColumn));
  }
  return [
    heading(2, 'Who says what'),
    'Each row is an independent origin; each column a contested topic, listed here. An empty cell means the origin says nothing on that topic.',
    legend,
    ...tables,
  ];
}
