import type { CorpusConfig } from '../config/config.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawClaimFile } from '../model/raw-claim-file.js';
import { buildLocationIndex, locator, type LocationIndex } from '../parse/location-index.js';
import { parseYaml } from '../parse/parse-yaml.js';
import type { DiscoveredFile } from '../read/discover-files.js';
import { readSchema, SCHEMAS } from '../schema/schema-files.js';
import type { ArchiveText, FileRule, Rule } from './rule.js';
import type { SchemaNode } from './schema-at-path.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { validateClaimFile } from './schema.js';

/** What linting one file needs besides its text. */
export interface FileLintContext {
  config: CorpusConfig;
  /** Reads an archive named by the claim file at `claimFilePath` (absolute), relative to that file. */
  readArchive(claimFilePath: string, relativePath: string): ArchiveText;
  rules: readonly Rule[];
}

/** What linting one file found; plain, serialisable data. */
export interface FileLint {
  /** Display path. */
  file: string;
  diagnostics: Diagnostic[];
  /** The data, when it passed the JSON Schema (corpus rules and the model need it). */
  data?: RawClaimFile;
  /** Where every node is, when the data passed the schema. */
  locations?: LocationIndex;
}

const claimFileSchema = readSchema(SCHEMAS.claimFile) as SchemaNode;

function runFileRule(rule: FileRule, file: DiscoveredFile, data: RawClaimFile, index: LocationIndex, context: FileLintContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  rule.check({
    file: file.display,
    data,
    config: context.config,
    locate: locator(index),
    readArchive: (relativePath) => context.readArchive(file.path, relativePath),
    report: (span, message, severity) => found.push({ file: file.display, ...span, severity: severity ?? rule.severity, rule: rule.id, message }),
  });
  return found;
}

/**
 * Lints one claim file's text: parse → schema → file rules. Pure apart from the injected archive
 * reader, and its result is plain data, so it can run anywhere (a worker thread included).
 */
export function lintFileText(file: DiscoveredFile, text: string, context: FileLintContext): FileLint {
  // parse
  const parsed = parseYaml(text, file.display);
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.doc || diagnostics.some((d) => d.severity === 'error')) return { file: file.display, diagnostics };
  // validate: schema
  const locations = buildLocationIndex(parsed.doc, parsed.lineCounter);
  const issues = validateClaimFile(parsed.value);
  const schemaFound = issues.length === 0 ? [] : schemaDiagnostics({ file: file.display, value: parsed.value, schema: claimFileSchema, issues, locate: locator(locations) });
  diagnostics.push(...schemaFound);
  // validate: rules
  const data = parsed.value as RawClaimFile;
  const fileRules = context.rules.filter((rule): rule is FileRule => rule.scope === 'file');
  if (schemaFound.length === 0) {
    for (const rule of fileRules) diagnostics.push(...runFileRule(rule, file, data, locations, context));
    return { file: file.display, diagnostics, data, locations };
  }
  // The rules still look at a file the schema rejected, so one run shows every mistake; a rule that
  // trips over a malformed shape stays silent there, and lines already flagged are not flagged twice.
  const flagged = new Set(schemaFound.map((d) => d.line));
  for (const rule of fileRules) {
    try {
      diagnostics.push(...runFileRule(rule, file, data, locations, context).filter((d) => !flagged.has(d.line)));
    } catch {
      // The shape the rule expected is broken; the schema's diagnostic already says how.
    }
  }
  return { file: file.display, diagnostics };
}
