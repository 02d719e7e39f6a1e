/** How serious a finding is; `error` fails lint, `warning` fails it only past `--max-warnings`. */
export type Severity = 'error' | 'warning';

/** A 1-based region of a file, end inclusive of its last character's column + 1 (exclusive end). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One finding about one file: where it is, which rule found it, and what to do about it. */
export interface Diagnostic extends Span {
  /** Path relative to the working directory, `/` separators, no leading `./` (contract §3.2). */
  file: string;
  severity: Severity;
  /** Hierarchical rule id: `schema/required`, `ref/unknown-event`, `yaml/DUPLICATE_KEY`. */
  rule: string;
  message: string;
}

/** The span of a whole file's first position, for findings that concern the file as a whole. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Orders diagnostics by file, position, then rule, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
