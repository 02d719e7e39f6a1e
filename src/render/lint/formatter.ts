import type { Diagnostic } from '../../model/diagnostic.js';
import type { RuleMeta } from '../../validate/rule.js';

/** What lint found: the files it read and every diagnostic, both sorted. */
export interface LintResult {
  /** Display paths of every file linted, sorted. */
  files: string[];
  /** Sorted by file, line, column, rule (see `compareDiagnostics`). */
  diagnostics: Diagnostic[];
  /** True when lint stopped before checking the files (a broken configuration): only what stopped it is listed. */
  aborted?: boolean;
}

/** Decided once at the edge and passed in: a formatter never reads `process`. */
export interface LintFormatOptions {
  colour: boolean;
  /** Every rule that can report, for SARIF's rule metadata. */
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** Absolute working directory, as a `file://` base for SARIF. */
  cwd: string;
}

/** Turns a lint result into the text of one output format. */
export type LintFormatter = (result: LintResult, options: LintFormatOptions) => string;
