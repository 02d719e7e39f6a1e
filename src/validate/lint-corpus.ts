import type { Diagnostic } from '../model/diagnostic.js';
import type { ClaimFile } from '../model/claim-file.js';
import type { CorpusConfig } from '../config/config.js';

/** Where and how to read a corpus. */
export interface LintCorpusOptions {
  /** Absolute working directory; paths are resolved against it and displayed relative to it. */
  cwd: string;
  /** `--config FILE`, as given; else the nearest `claimcheck.yaml` is used. */
  configPath?: string;
}

/** Everything lint learned of a corpus. */
export interface CorpusLint {
  /** Display paths of every claim file read, sorted. */
  files: string[];
  /** Every diagnostic of every file, sorted (see `compareDiagnostics`). */
  diagnostics: Diagnostic[];
  /** The files with no error, as data for the cross-check, sorted by path. */
  claimFiles: ClaimFile[];
  config: CorpusConfig;
}

/**
 * Reads, parses and validates every claim file under `paths`.
 * Content problems become diagnostics; a missing path, no files matched or a malformed
 * configuration throw a `UsageError` (exit 2).
 */
export async function lintCorpus(_paths: readonly string[], _options: LintCorpusOptions): Promise<CorpusLint> {
  throw new Error('lintCorpus: not implemented yet');
}
