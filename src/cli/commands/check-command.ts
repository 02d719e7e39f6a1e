import type { TopicStatus } from '../../check/result.js';
import { checkFormatters, isCheckFormat } from '../../render/check/index.js';
import { wantsColour } from '../colour.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { CommonOptions } from '../run.js';
import { crossCheckCorpus } from './cross-check-corpus.js';

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

/**
 * Runs `claimcheck check`: lints the corpus (problems to stderr), cross-checks the valid files,
 * filters and renders the result to stdout. Exit 1 when a file had lint errors or, with
 * `--fail-on contested`, when a contested topic remains after filtering; bad usage throws (exit 2).
 */
export async function checkCommand(paths: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const format = options.format ?? 'stylish';
  if (!isCheckFormat(format)) throw new UsageError(`--format takes stylish or json, for example --format json; got "${format}".`);

  const explain = options.explain === true;
  const checked = await crossCheckCorpus(paths, options, io, explain);
  if (!checked) return EXIT.failure;

  const colour = wantsColour(io, options.color);
  io.stdout.write(checkFormatters[format](checked.shown, { colour, all: options.all === true, explain }));

  if (checked.failedFiles.length > 0) return EXIT.findings;
  if (options.failOn === 'contested' && checked.shown.summary.contested > 0) return EXIT.findings;
  return EXIT.ok;
}
