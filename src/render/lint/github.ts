import { compareDiagnostics } from '../../model/diagnostic.js';
import { sanitiseForTerminal } from '../escape/terminal.js';
import { workflowCommand } from '../escape/github.js';
import type { LintFormatOptions, LintResult } from './formatter.js';

/**
 * GitHub Actions workflow commands, one `::error`/`::warning` line per diagnostic, which the
 * runner turns into annotations on the file. Nothing else is printed: every line is a command,
 * and the job's exit code and annotation count already summarise the run.
 */
export function github(result: LintResult, _options: LintFormatOptions): string {
  const lines = [...result.diagnostics].sort(compareDiagnostics).map((d) =>
    workflowCommand(
      d.severity,
      [
        ['file', d.file],
        ['line', d.line],
        ['col', d.column],
        ['endLine', d.endLine],
        ['endColumn', d.endColumn],
        ['title', sanitiseForTerminal(d.rule)],
      ],
      // The log viewer interprets ANSI escapes, so control characters are made visible first.
      sanitiseForTerminal(d.message),
    ),
  );
  return lines.map((line) => `${line}\n`).join('');
}
