import path from 'node:path';
import type { TopicStatus } from '../../check/result.js';
import { type ReportFormat, reportFormatters } from '../../render/report/index.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { corpusInputs } from '../input-paths.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { CommonOptions } from '../run.js';
import { crossCheckCorpus } from './cross-check-corpus.js';

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

/**
 * Runs `claimcheck report`: lints the corpus (problems to stderr), cross-checks the valid files,
 * filters, and writes the report in markdown or JSON to stdout or, atomically, to `--output`.
 * Exit 1 when a file had lint errors (the report covers the others); bad usage, a broken
 * configuration or an output that is an input stop it with exit 2, writing nothing.
 */
export async function reportCommand(paths: readonly string[], options: ReportCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'markdown';
  if (!isReportFormat(format)) throw new UsageError(`--format takes markdown or json, for example --format json; got "${format}".`);

  const checked = await crossCheckCorpus(paths, options, io, false);
  if (!checked) return EXIT.failure;
  const filter = { status: options.status, event: options.event };
  const text = reportFormatters[format](checked.shown, { filter, excludedFiles: checked.failedFiles });

  if (options.output === undefined) {
    io.stdout.write(text);
  } else {
    const inputs = await corpusInputs(checked.corpus, io.cwd, options.config);
    await writeFileAtomic(path.resolve(io.cwd, options.output), text, { inputs, displayPath: options.output });
  }
  return checked.failedFiles.length > 0 ? EXIT.findings : EXIT.ok;
}
