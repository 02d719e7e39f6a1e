import type { ChalkInstance } from 'chalk';
import { compareDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { makeChalk } from '../../cli/colour.js';
import { oneLine } from '../escape/terminal.js';
import { countSeverities } from './counts.js';
import { plural } from '../plural.js';
import { displayWidth, padEnd } from './display-width.js';
import type { LintFormatOptions, LintResult } from './formatter.js';

/** One diagnostic's cells as plain text, made safe for a terminal and for one line. */
interface Row {
  position: string;
  severity: Diagnostic['severity'];
  message: string;
  rule: string;
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const rows = groups.get(d.file) ?? [];
    rows.push({ position: `${d.line}:${d.column}`, severity: d.severity, message: oneLine(d.message), rule: oneLine(d.rule) });
    groups.set(d.file, rows);
  }
  return groups;
}

const MESSAGE_COLUMN_MAX = 60;

// Pads before colouring, so escape codes never count towards a column's width.
function fileBlock(file: string, rows: readonly Row[], chalk: ChalkInstance): string {
  const widest = (cell: (row: Row) => string) => rows.reduce((max, row) => Math.max(max, displayWidth(cell(row))), 0);
  const positionWidth = widest((row) => row.position);
  const severityWidth = widest((row) => row.severity);
  // Short messages line their rule ids up; a long one is not worth padding every other line to.
  const messageWidth = Math.min(widest((row) => row.message), MESSAGE_COLUMN_MAX);
  const lines = rows.map((row) => {
    const severity = padEnd(row.severity, severityWidth);
    return [
      `  ${chalk.dim(padEnd(row.position, positionWidth))}`,
      row.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity),
      // Without a rule id the message ends the line, and a line never ends in spaces.
      row.rule ? padEnd(row.message, messageWidth) : row.message,
      chalk.dim(row.rule),
    ]
      .join('  ')
      .trimEnd();
  });
  return `${chalk.underline(oneLine(file))}\n${lines.join('\n')}\n`;
}

function summaryLine(result: LintResult, chalk: ChalkInstance): string {
  const { errors, warnings } = countSeverities(result.diagnostics);
  if (errors + warnings === 0) return chalk.green(`✔ ${plural(result.files.length, 'file')} checked, no problems`);
  const text = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  return errors > 0 ? chalk.red.bold(text) : chalk.yellow.bold(text);
}

/**
 * The default, human-readable format: diagnostics grouped under their file, in aligned
 * columns (`line:column  severity  message  rule`), then a one-line summary.
 */
export function stylish(result: LintResult, options: LintFormatOptions): string {
  const chalk = makeChalk(options.colour);
  const blocks = [...groupByFile(result.diagnostics)].map(([file, rows]) => fileBlock(file, rows, chalk));
  const summary = summaryLine(result, chalk);
  return blocks.length === 0 ? `${summary}\n` : `${blocks.join('\n')}\n${summary}\n`;
}
