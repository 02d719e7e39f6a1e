import path from 'node:path';
import { crossCheck, DEFAULT_CROSS_CHECK_OPTIONS } from '../../check/cross-check.js';
import { filterResult } from '../../check/filter.js';
import type { TopicStatus } from '../../check/result.js';
import { ConfigError } from '../../config/config-error.js';
import type { LintResult } from '../../render/lint/formatter.js';
import { lintFormatters } from '../../render/lint/index.js';
import { type ReportFormat, reportFormatters } from '../../render/report/index.js';
import { commandProgress } from '../../progress/progress.js';
import { type CorpusLint, lintCorpus } from '../../validate/lint-corpus.js';
import { VERSION } from '../../version.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { corpusInputs } from '../input-paths.js';
import { wantsColour } from '../colour.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { CommonOptions } from '../run.js';

/** The options of `claimcheck report`, as commander parses them. */
export interface ReportCommandOptions extends CommonOptions {
  format?: string;
  output?: string;
  status?: TopicStatus;
  event?: string;
  dateTolerance?: number;
}

function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(reportFormatters, name);
}

// Lint findings go to stderr in the stylish lint format, so stdout carries only the report.
function printDiagnostics(io: Io, options: ReportCommandOptions, result: LintResult): void {
  const colour = wantsColour(io, options.color, 'stderr');
  io.stderr.write(lintFormatters.stylish(result, { colour, rules: [], toolVersion: VERSION, cwd: io.cwd }));
}

/**
 * Runs `claimcheck report`: lints the corpus (problems to stderr), cross-checks the valid files,
 * filters, and writes the report in markdown or JSON to stdout or, atomically, to `--output`.
 * Exit 1 when a file had lint errors (the report covers the others); bad usage, a broken
 * configuration or an output that is an input stop it with exit 2, writing nothing.
 */
export async function reportCommand(paths: readonly string[], options: ReportCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'markdown';
  if (!isReportFormat(format)) throw new UsageError(`--format takes markdown or json, for example --format json; got "${format}".`);

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
  const failedFiles = [...new Set(corpus.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))];

  const dateToleranceDays =
    options.dateTolerance ?? corpus.config.dateTolerance ?? DEFAULT_CROSS_CHECK_OPTIONS.dateToleranceDays;
  progress?.crossChecking();
  let result;
  try {
    result = crossCheck(corpus.claimFiles, corpus.config, { dateToleranceDays, explain: false });
  } finally {
    progress?.clear();
  }
  const filter = { status: options.status, event: options.event };
  const text = reportFormatters[format](filterResult(result, filter), { filter, excludedFiles: failedFiles });

  if (options.output === undefined) {
    io.stdout.write(text);
  } else {
    const inputs = await corpusInputs(corpus, io.cwd, options.config);
    await writeFileAtomic(path.resolve(io.cwd, options.output), text, { inputs, displayPath: options.output });
  }
  return failedFiles.length > 0 ? EXIT.findings : EXIT.ok;
}
