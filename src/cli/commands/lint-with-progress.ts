import { ConfigError } from '../../config/config-error.js';
import { threadsFromEnv } from '../../parallel/threads.js';
import { commandProgress, type Progress } from '../../progress/progress.js';
import { lintCorpus, type CorpusLint } from '../../validate/lint-corpus.js';
import type { Io } from '../io.js';

/** What the corpus lint of a command gave: the corpus, or the broken configuration that stopped it. */
export type LintOutcome = { corpus: CorpusLint; progress?: Progress } | { configError: ConfigError };

/**
 * Lints the corpus with a progress line on a terminal; a broken configuration is returned (each command
 * shows it in its own way), any other usage error is thrown. The progress line is cleared before either.
 */
export async function lintWithProgress(paths: readonly string[], configPath: string | undefined, io: Io): Promise<LintOutcome> {
  const progress = commandProgress(io);
  try {
    const corpus = await lintCorpus(paths, { cwd: io.cwd, configPath, threads: threadsFromEnv(io.env), onProgress: progress?.reading });
    return { corpus, progress };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { configError: error };
  } finally {
    progress?.clear();
  }
}
