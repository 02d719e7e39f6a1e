import { compareDiagnostics, type Diagnostic, type Span } from '../../model/diagnostic.js';
import { directoryFileUrl, encodePathReference, fileUrl, isAbsoluteDisplayPath } from '../escape/uri.js';
import type { LintFormatOptions, LintResult } from './formatter.js';
import { ruleDescriptors } from './sarif-rules.js';
import { asSentence } from './sentence.js';
import { stringifyForLog } from '../escape/json.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/claimcheck/claimcheck';
const SRCROOT = '%SRCROOT%';
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** A file as SARIF locates it: relative to `%SRCROOT%`, or an absolute `file:` URL when it lies elsewhere. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsoluteDisplayPath(file)) return { uri: fileUrl(file) };
  return { uri: encodePathReference(file), uriBaseId: SRCROOT };
}

// Positions are 1-based and the end never precedes the start (SARIF1007), whatever a rule reported.
function region(span: Span) {
  const startLine = Math.max(1, span.line);
  const startColumn = Math.max(1, span.column);
  const endLine = Math.max(startLine, span.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, span.endColumn) : Math.max(1, span.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * SARIF 2.1.0 for code-scanning tools: one run with the rule catalogue, the files read as artifacts
 * and one result per diagnostic. Columns count UTF-16 code units, as the YAML parser's positions do.
 * No timestamps or absolute paths beyond the `%SRCROOT%` base, so the same input gives the same bytes.
 */
export function sarif(result: LintResult, options: LintFormatOptions): string {
  const diagnostics = [...result.diagnostics].sort(compareDiagnostics);
  const { rules, indexOf } = ruleDescriptors(options.rules, diagnostics);
  const files = [...new Set([...result.files, ...diagnostics.map((d) => d.file)])].sort();
  const artifactIndex = new Map(files.map((file, index) => [file, index]));
  const results = diagnostics.map((d: Diagnostic) => ({
    ruleId: d.rule,
    ruleIndex: indexOf.get(d.rule)!,
    level: d.severity,
    message: { text: asSentence(d.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...artifactLocation(d.file), index: artifactIndex.get(d.file)! },
          region: region(d),
        },
      },
    ],
  }));
  const driver = {
    name: 'claimcheck',
    version: options.toolVersion,
    ...(SEMVER.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}),
    informationUri: INFORMATION_URI,
    rules,
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [{ executionSuccessful: result.aborted !== true }],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryFileUrl(options.cwd) } },
        artifacts: files.map((file) => ({
          location: artifactLocation(file),
          roles: ['analysisTarget'],
          ...(/\.ya?ml$/i.test(file) ? { mimeType: 'application/yaml' } : {}),
        })),
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return stringifyForLog(log);
}
