import { formatCheckJson } from '../check/json.js';
import { formatReportMarkdown } from './markdown.js';
import type { ReportFormatter } from './options.js';

/** The report formats by `--format` name; `json` is exactly `check --format json`, one shape for scripts. */
export const reportFormatters = {
  markdown: formatReportMarkdown,
  json: formatCheckJson,
} as const satisfies Record<string, ReportFormatter>;

export type ReportFormat = keyof typeof reportFormatters;
