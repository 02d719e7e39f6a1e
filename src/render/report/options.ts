import type { CheckResult, TopicStatus } from '../../check/result.js';

/** What the reader should know about how the report was made; decided by the command and passed in. */
export interface ReportFormatOptions {
  /** What the result was narrowed to (`--status`, `--event`), said in the summary. */
  filter?: { status?: TopicStatus; event?: string };
  /** Display paths of claim files left out because they have lint errors. */
  excludedFiles?: readonly string[];
}

/** Turns a (filtered) cross-check into the text of one report format. */
export type ReportFormatter = (result: CheckResult, options: ReportFormatOptions) => string;
