/**
 * claimcheck as a library: the same stages the command line runs.
 * `lintCorpus` reads and validates claim files; `crossCheck` groups events and finds
 * contradictions; `filterResult` narrows a result; the formatters render it.
 */
export { run } from './cli/run.js';
export type { Io, OutStream } from './cli/io.js';
export { lintCorpus, type CorpusLint, type LintCorpusOptions } from './validate/lint-corpus.js';
export { crossCheck, DEFAULT_CROSS_CHECK_OPTIONS, type CrossCheckOptions } from './check/cross-check.js';
export { filterResult, type ResultFilter } from './check/filter.js';
export { lintFormatters } from './render/lint/index.js';
export { checkFormatters } from './render/check/index.js';
export { reportFormatters } from './render/report/index.js';
export type * from './check/result.js';
export type { ClaimFile, SourceRecord, EventRecord, ClaimRecord, Answer } from './model/claim-file.js';
export type { Diagnostic, Severity, Span } from './model/diagnostic.js';
export type { CorpusConfig } from './config/config.js';
