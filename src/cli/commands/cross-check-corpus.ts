import { crossCheck, DEFAULT_CROSS_CHECK_OPTIONS } from '../../check/cross-check.js';
import { filterResult, type ResultFilter } from '../../check/filter.js';
import type { CheckResult } from '../../check/result.js';
import type { LintResult } from '../../render/lint/formatter.js';
// Only the stylish lint format is shown here: the other formats (SARIF, GitHub, JSON) are not loaded.
import { stylish } from '../../render/lint/stylish.js';
import type { CorpusLint } from '../../validate/lint-corpus.js';
import { VERSION } from '../../version.js';
import { wantsColour } from '../colour.js';
import type { Io } from '../io.js';
import { lintWithProgress } from './lint-with-progress.js';

/** What `check` and `report` share of their options. */
export interface CrossCheckCommandOptions extends ResultFilter {
  config?: string;
  color?: boolean;
  dateTolerance?: number;
}

/** A linted and cross-checked corpus, filtered for display. */
export interface CheckedCorpus {
  corpus: CorpusLint;
  /** The filtered result. */
  shown: CheckResult;
  /** Files left out of the cross-check for lint errors, sorted. */
  failedFiles: string[];
}

// Lint findings go to stderr in the stylish lint format, so stdout carries only the command's own output.
function printDiagnostics(io: Io, colourFlag: boolean | undefined, result: LintResult): void {
  const colour = wantsColour(io, colourFlag, 'stderr');
  io.stderr.write(stylish(result, { colour, rules: [], toolVersion: VERSION, cwd: io.cwd }));
}

/**
 * The first steps of `check` and `report`: lint the corpus (problems to stderr), cross-check the
 * valid files, filter. Undefined when the configuration is broken: its located problems are
 * printed and the command exits 2. Other usage errors throw.
 */
export async function crossCheckCorpus(paths: readonly string[], options: CrossCheckCommandOptions, io: Io, explain: boolean): Promise<CheckedCorpus | undefined> {
  const linted = await lintWithProgress(paths, options.config, io);
  if ('configError' in linted) {
    printDiagnostics(io, options.color, { files: [], diagnostics: linted.configError.diagnostics, aborted: true });
    return undefined;
  }
  const { corpus, progress } = linted;
  if (corpus.diagnostics.length > 0) printDiagnostics(io, options.color, corpus);
  const failedFiles = [...new Set(corpus.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))].sort();

  const dateToleranceDays = options.dateTolerance ?? corpus.config.dateTolerance ?? DEFAULT_CROSS_CHECK_OPTIONS.dateToleranceDays;
  progress?.crossChecking();
  let result: CheckResult;
  try {
    result = crossCheck(corpus.claimFiles, corpus.config, { dateToleranceDays, explain });
  } finally {
    progress?.clear();
  }
  const shown = filterResult(result, { status: options.status, event: options.event });
  // Scripts reading the JSON learn which files the result does not cover, not only the exit code.
  return { corpus, shown: failedFiles.length > 0 ? { ...shown, excluded: failedFiles } : shown, failedFiles };
}
