import { compareDiagnostics } from '../../model/diagnostic.js';
import { countSeverities } from './counts.js';
import type { LintFormatOptions, LintResult } from './formatter.js';
import { stringifyForLog } from '../escape/json.js';

/**
 * The machine-readable format of contract §3.2: `schemaVersion`, `summary` and `diagnostics`,
 * with keys in a fixed order, 2-space indent and a trailing newline.
 */
export function json(result: LintResult, _options: LintFormatOptions): string {
  const diagnostics = [...result.diagnostics].sort(compareDiagnostics).map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
  }));
  const summary = { files: result.files.length, ...countSeverities(diagnostics) };
  return stringifyForLog({ schemaVersion: 1, summary, diagnostics });
}
