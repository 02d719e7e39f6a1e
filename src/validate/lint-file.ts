import type { CorpusConfig } from '../config/config.js';
import type { ClaimFile } from '../model/claim-file.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawClaimFile } from '../model/raw-claim-file.js';
import { buildLocationIndex, type LocationIndex } from '../parse/location-index.js';
import { parseYaml } from '../parse/parse-yaml.js';
import type { DiscoveredFile } from '../read/discover-files.js';
import { readSchema, SCHEMAS } from '../schema/schema-files.js';
import { fromFastRead, fromFullParse, type Locate, type ReadYaml } from './read-yaml.js';
import type { ArchiveText, FileRule, Rule } from './rule.js';
import type { SchemaNode } from './schema-at-path.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { validateClaimFile } from './schema.js';
import { toClaimFile, type LocateLine } from './to-model.js';

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

/** What linting one file found, in the form the corpus needs: plain, small, serialisable data. */
export interface FileOutcome {
  /** Display path. */
  file: string;
  diagnostics: Diagnostic[];
  /** The data, when it passed the JSON Schema (corpus rules need it). */
  data?: RawClaimFile;
  /** The model for the cross-check, when the file has no error of its own. */
  model?: ClaimFile;
}

interface Linted {
  diagnostics: Diagnostic[];
  /** Set when the data passed the schema. */
  data?: RawClaimFile;
  locateLine?: LocateLine;
}

// Read on first use: only a file with schema errors needs it.
let claimFileSchema: SchemaNode | undefined;

function schemaNode(): SchemaNode {
  claimFileSchema ??= readSchema(SCHEMAS.claimFile) as SchemaNode;
  return claimFileSchema;
}

function runFileRule(rule: FileRule, file: DiscoveredFile, data: RawClaimFile, locate: Locate, context: FileLintContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  rule.check({
    file: file.display,
    data,
    config: context.config,
    locate,
    readArchive: (relativePath) => context.readArchive(file.path, relativePath),
    report: (span, message, severity) => found.push({ file: file.display, ...span, severity: severity ?? rule.severity, rule: rule.id, message }),
  });
  return found;
}

function lintRead(file: DiscoveredFile, read: ReadYaml, context: FileLintContext): Linted {
  const diagnostics = [...read.diagnostics];
  if (!read.document) return { diagnostics };
  const { value, locate, locateLine } = read.document;
  // validate: schema
  const issues = validateClaimFile(value);
  const schemaFound = issues.length === 0 ? [] : schemaDiagnostics({ file: file.display, value, schema: schemaNode(), issues, locate });
  diagnostics.push(...schemaFound);
  // validate: rules
  const data = value as RawClaimFile;
  const fileRules = context.rules.filter((rule): rule is FileRule => rule.scope === 'file');
  if (schemaFound.length === 0) {
    for (const rule of fileRules) diagnostics.push(...runFileRule(rule, file, data, locate, context));
    return { diagnostics, data, locateLine };
  }
  // The rules still look at a file the schema rejected, so one run shows every mistake; a rule that
  // trips over a malformed shape stays silent there, and lines already flagged are not flagged twice.
  const flagged = new Set(schemaFound.map((d) => d.line));
  for (const rule of fileRules) {
    try {
      diagnostics.push(...runFileRule(rule, file, data, locate, context).filter((d) => !flagged.has(d.line)));
    } catch {
      // The shape the rule expected is broken; the schema's diagnostic already says how.
    }
  }
  return { diagnostics };
}

/**
 * Lints one claim file's text: parse → schema → file rules. Pure apart from the injected archive
 * reader, and its result is plain data, so it can run anywhere (a worker thread included).
 */
export function lintFileText(file: DiscoveredFile, text: string, context: FileLintContext): FileLint {
  // parse: the full path, since the location index needs every node's place
  const parsed = parseYaml(text, file.display);
  const { diagnostics, data } = lintRead(file, fromFullParse(parsed), context);
  if (!data) return { file: file.display, diagnostics };
  return { file: file.display, diagnostics, data, locations: buildLocationIndex(parsed.doc!, parsed.lineCounter) };
}

/**
 * Lints one claim file's text as `lintFileText` does, and builds its model when the file has no
 * error; leaves out the location index, which is large and which the corpus no longer needs.
 */
export function lintFileOutcome(file: DiscoveredFile, text: string, context: FileLintContext): FileOutcome {
  // parse: the fast reader when the text is in its subset, else the full parser
  const read = fromFastRead(text, file.display) ?? fromFullParse(parseYaml(text, file.display));
  const { diagnostics, data, locateLine } = lintRead(file, read, context);
  if (!data || !locateLine) return { file: file.display, diagnostics };
  if (diagnostics.some((d) => d.severity === 'error')) return { file: file.display, diagnostics, data };
  return { file: file.display, diagnostics, data, model: toClaimFile(data, file.display, locateLine) };
}
