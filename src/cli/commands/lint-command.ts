import path from 'node:path';
import { EXIT, UsageError, type ExitCode, type Io } from '../io.js';
import { sanitiseForTerminal } from '../../render/escape/terminal.js';
import { wantsColour, type ColourFlag } from '../colour.js';
import { VERSION } from '../../version.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { allRuleMeta } from '../../validate/rule-catalog.js';
import { countSeverities } from '../../render/lint/counts.js';
import type { LintResult } from '../../render/lint/formatter.js';
import { isLintFormatName, lintFormatters, type LintFormatName } from '../../render/lint/index.js';
import { writeFileAtomic } from '../../write/write-file-atomic.js';
import { corpusInputs, namedInputs } from '../input-paths.js';
import { lintWithProgress } from './lint-with-progress.js';

/** The options of `claimcheck lint`, as commander parses them. */
export interface LintCommandOptions {
  format?: string;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Drop warnings: they are neither shown nor counted. */
  quiet?: boolean;
  config?: string;
  /** Write the report to this file (atomically) instead of stdout. */
  output?: string;
  color?: ColourFlag;
}

/**
 * The exit code of a lint (contract §3.3): 1 when there is any error, or more warnings than
 * `maxWarnings` allows; 0 otherwise.
 */
export function lintExitCode(diagnostics: readonly Diagnostic[], maxWarnings?: number): ExitCode {
  const { errors, warnings } = countSeverities(diagnostics);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

function chooseFormat(format: string | undefined): LintFormatName {
  const name = format ?? 'stylish';
  if (isLintFormatName(name)) return name;
  const choices = Object.keys(lintFormatters).join(', ');
  throw new UsageError(`--format must be one of ${choices}, for example --format json; got "${name}".`);
}

/** Writes the report to stdout, or atomically to `--output` (never over one of the inputs, listed only then). */
async function emit(text: string, output: string | undefined, inputs: () => Promise<string[]>, io: Io): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  await writeFileAtomic(path.resolve(io.cwd, output), text, { inputs: await inputs(), displayPath: output });
}

/**
 * Runs `claimcheck lint`: reads and checks every claim file under `paths`, prints the findings
 * in the chosen format and returns the exit code. Bad usage, no files and an unreadable path
 * throw a `UsageError` (exit 2); a broken configuration is first reported in the chosen format.
 */
export async function lintCommand(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<number> {
  const format = chooseFormat(options.format);
  // A file is no terminal: colour it only when asked to explicitly.
  const colour = options.output === undefined ? wantsColour(io, options.color) : options.color === true;
  const render = (result: LintResult) =>
    lintFormatters[format](result, { colour, rules: allRuleMeta(), toolVersion: VERSION, cwd: io.cwd });

  const linted = await lintWithProgress(paths, options.config, io);
  if ('configError' in linted) {
    const error = linted.configError;
    if (error.diagnostics.length === 0) throw error;
    // The diagnostics say where and what; stderr gets only the headline, not the list again.
    const files = [...new Set(error.diagnostics.map((d) => d.file))].sort();
    await emit(render({ files, diagnostics: error.diagnostics, aborted: true }), options.output, () => namedInputs(paths, io.cwd, files), io);
    io.stderr.write(`claimcheck: ${sanitiseForTerminal(error.message.split('\n')[0].replace(/:$/, ''))}\n`);
    return EXIT.failure;
  }

  const { corpus } = linted;
  const diagnostics = options.quiet ? corpus.diagnostics.filter((d) => d.severity === 'error') : corpus.diagnostics;
  await emit(render({ files: corpus.files, diagnostics }), options.output, () => corpusInputs(corpus, io.cwd, options.config), io);
  return lintExitCode(diagnostics, options.maxWarnings);
}
