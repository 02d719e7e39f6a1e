import { crossCheck, DEFAULT_CROSS_CHECK_OPTIONS } from '../../check/cross-check.js';
import { filterResult } from '../../check/filter.js';
import type { TopicStatus } from '../../check/result.js';
import { ConfigError } from '../../config/config-error.js';
import { checkFormatters, isCheckFormat } from '../../render/check/index.js';
import type { LintResult } from '../../render/lint/formatter.js';
import { lintFormatters } from '../../render/lint/index.js';
import { commandProgress } from '../../progress/progress.js';
import { lintCorpus, type CorpusLint } from '../../validate/lint-corpus.js';
import { VERSION } from '../../version.js';
import { wantsColour } from '../colour.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { CommonOptions } from '../run.js';

/** The options of `claimcheck check`, as commander parses them. */
export interface CheckCommandOptions extends CommonOptions {
  format?: string;
  status?: TopicStatus;
  event?: string;
  failOn?: 'contested';
  dateTolerance?: number;
  explain?: boolean;
  all?: boolean;
}

// Lint findings go to stderr in the stylish lint format, so stdout carries only the cross-check.
function printDiagnostics(io: Io, options: CheckCommandOptions, result: LintResult): void {
  const colour = wantsColour(io, options.color, 'stderr');
  io.stderr.write(lintFormatters.stylish(result, { colour, rules: [], toolVersion: VERSION, cwd: io.cwd }));
}

/**
 * Runs `claimcheck check`: lints the corpus (problems to stderr), cross-checks the valid files,
 * filters and renders the result to stdout. Exit 1 when a file had lint errors or, with
 * `--fail-on contested`, when a contested topic remains after filtering; bad usage throws (exit 2).
 */
export async function checkCommand(paths: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'stylish';
  if (!isCheckFormat(format)) throw new UsageError(`--format takes stylish or json, for example --format json; got "${format}".`);

  const progress = commandProgress(io);
  let corpus: CorpusLint;
  try {
    corpus = await lintCorpus(paths, { cwd: io.cwd, configPath: options.config, onProgress: progress?.reading });
  } catch (error) {
    progress?.clear();
    // A broken claimcheck.yaml is shown like lint findings, located; other usage errors reach run().
    if (!(error instanceof ConfigError)) throw error;
    printDiagnostics(io, options, { files: [], diagnostics: error.diagnostics, aborted: true });
    return EXIT.failure;
  }
  progress?.clear();
  if (corpus.diagnostics.length > 0) printDiagnostics(io, options, corpus);
  const lintFailed = corpus.diagnostics.some((diagnostic) => diagnostic.severity === 'error');

  const dateToleranceDays =
    options.dateTolerance ?? corpus.config.dateTolerance ?? DEFAULT_CROSS_CHECK_OPTIONS.dateToleranceDays;
  const explain = options.explain === true;
  progress?.crossChecking();
  let result;
  try {
    result = crossCheck(corpus.claimFiles, corpus.config, { dateToleranceDays, explain });
  } finally {
    progress?.clear();
  }
  const shown = filterResult(result, { status: options.status, event: options.event });

  const colour = wantsColour(io, options.color);
  io.stdout.write(checkFormatters[format](shown, { colour, all: options.all === true, explain }));

  if (lintFailed) return EXIT.findings;
  if (options.failOn === 'contested' && shown.summary.contested > 0) return EXIT.findings;
  return EXIT.ok;
}
