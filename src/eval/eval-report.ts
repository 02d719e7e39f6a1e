import type { Diagnosis, ErrorKind } from './diagnose.js';
import type { PairScore, Scores } from './score.js';
import { oneLine } from '../render/escape/terminal.js';

/** One corpus evaluated: its size, how long each stage took, its scores and its errors. */
export interface CorpusRun {
  name: string;
  seed: number;
  events: number;
  files: number;
  claims: number;
  reports: number;
  generateMs: number;
  checkMs: number;
  scores: Scores;
  diagnosis: Diagnosis;
}

const MEASURES = [
  ['grouping', 'event grouping'],
  ['contradictions', 'contradictions'],
  ['agreements', 'agreements'],
  ['dateConflicts', 'date conflicts'],
] as const;

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows
    .map((row) => row.map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

const ratio = (value: number): string => value.toFixed(3);

function sizes(runs: readonly CorpusRun[]): string {
  const header = ['corpus', 'seed', 'events', 'files', 'claims', 'reports', 'generate', 'cross-check'];
  const rows = runs.map((run) => [
    run.name, String(run.seed), String(run.events), String(run.files), String(run.claims), String(run.reports),
    `${Math.round(run.generateMs)} ms`, `${Math.round(run.checkMs)} ms`,
  ]);
  return table([header, ...rows], new Set([1, 2, 3, 4, 5, 6, 7]));
}

function scores(runs: readonly CorpusRun[]): string {
  const header = ['measure', 'corpus', 'precision', 'recall', 'f1', 'true pairs', 'predicted', 'correct'];
  const rows: string[][] = [];
  for (const [key, label] of MEASURES) {
    runs.forEach((run, index) => {
      const s: PairScore = run.scores[key];
      rows.push([index === 0 ? label : '', run.name, ratio(s.precision), ratio(s.recall), ratio(s.f1), String(s.expected), String(s.predicted), String(s.correct)]);
    });
  }
  return table([header, ...rows], new Set([2, 3, 4, 5, 6, 7]));
}

function kinds(title: string, list: readonly ErrorKind[]): string[] {
  if (list.length === 0) return [];
  const total = list.reduce((sum, kind) => sum + kind.pairs, 0);
  const top = list.slice(0, 4).map((kind) => `      ${kind.pairs}  ${oneLine(kind.label)}  (e.g. ${oneLine(kind.example)})`);
  return [`    ${title}: ${total} pairs`, ...top, ...(list.length > 4 ? [`      … and ${list.length - 4} more kinds`] : [])];
}

function errors(runs: readonly CorpusRun[]): string {
  const lines: string[] = [];
  for (const run of runs) {
    for (const [key, label] of MEASURES) {
      const { wrong, missed } = run.diagnosis[key];
      if (wrong.length + missed.length === 0) continue;
      lines.push(`  ${label}, ${run.name}:`, ...kinds('wrongly predicted', wrong), ...kinds('missed', missed));
    }
  }
  return lines.length === 0 ? 'No errors.' : lines.join('\n');
}

/** The evaluation as text: corpus sizes and times, the scores table, and the kinds of error found. */
export function renderEvalReport(runs: readonly CorpusRun[], coverageNote: (run: CorpusRun) => string | undefined): string {
  const notes = runs.map(coverageNote).filter((note): note is string => note !== undefined);
  return [
    'claimcheck eval: cross-check accuracy on synthetic corpora with known truth',
    'Pairwise precision, recall and F1 (see src/eval/score.ts for what each measure counts).',
    '',
    sizes(runs),
    '',
    scores(runs),
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
    'Where the errors are:',
    errors(runs),
    '',
  ].join('\n');
}

/** A warning when the result lost claims or reports of the corpus, or holds ones it does not have. */
export function coverageWarning(run: CorpusRun): string | undefined {
  const c = run.scores.coverage;
  if (c.claimsMissing + c.claimsUnknown + c.reportsMissing + c.reportsUnknown === 0) return undefined;
  return (
    `warning (${run.name}): the result lacks ${c.claimsMissing} claims and ${c.reportsMissing} reports of the corpus ` +
    `and holds ${c.claimsUnknown} claims and ${c.reportsUnknown} reports it does not have`
  );
}
