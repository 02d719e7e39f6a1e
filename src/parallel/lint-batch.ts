import type { CorpusConfig } from '../config/config.js';
import type { DiscoveredFile } from '../read/discover-files.js';
import { readTextSync } from '../read/read-text.js';
import { lintFileOutcome, type FileLintContext, type FileOutcome } from '../validate/lint-file.js';
import { archiveReader } from '../validate/read-archive.js';
import type { Rule } from '../validate/rule.js';

/** What every thread needs to lint its share of a corpus; plain data, so a worker can be given it. */
export interface LintJob {
  /** Absolute working directory, for display paths. */
  cwd: string;
  config: CorpusConfig;
  /** The largest claim file (and archive text) read, in bytes. */
  maxBytes: number;
}

/** The lint context of a job on this thread: the given rules, and an archive reader with its own cache. */
export function jobContext(job: LintJob, rules: readonly Rule[]): FileLintContext {
  return { config: job.config, rules, readArchive: archiveReader(job.cwd, job.maxBytes) };
}

/** Reads and lints files in order, one outcome per file: the unit of work of every thread. */
export function lintBatch(files: readonly DiscoveredFile[], maxBytes: number, context: FileLintContext): FileOutcome[] {
  return files.map((file) => {
    const read = readTextSync(file, maxBytes);
    return read.ok ? lintFileOutcome(file, read.text, context) : { file: file.display, diagnostics: [read.diagnostic] };
  });
}
