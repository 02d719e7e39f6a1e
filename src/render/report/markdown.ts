import type { CheckResult } from '../../check/result.js';
import { heading } from './blocks.js';
import { assembleDocument } from './contents.js';
import { contestedSection } from './contested.js';
import { corroboratedSection } from './corroborated.js';
import { matrixSection } from './matrix.js';
import type { ReportFormatOptions } from './options.js';
import { singleSourceSection } from './single-source.js';
import { sourcesSection } from './sources.js';
import { summarySection } from './summary.js';

const TITLE = 'Claim cross-check report';

/**
 * The contradiction report as GitHub-flavoured markdown: summary, contents, contested topics per
 * event, corroborated and single-source topics, who says what, and the sources. Pure and
 * deterministic: the same result and options give the same bytes.
 */
export function formatReportMarkdown(result: CheckResult, options: ReportFormatOptions = {}): string {
  return assembleDocument([
    heading(1, TITLE, false),
    ...summarySection(result, options),
    heading(2, 'Contents', false),
    { kind: 'contents' },
    ...contestedSection(result),
    ...corroboratedSection(result),
    ...singleSourceSection(result),
    ...matrixSection(result),
    ...sourcesSection(result),
  ]);
}
