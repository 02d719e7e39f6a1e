import type { CorpusConfig } from '../config/config.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RawClaimFile } from '../model/raw-claim-file.js';
import { buildLocationIndex, type LocationIndex } from '../parse/location-index.js';
import { parseYaml } from '../parse/parse-yaml.js';
import type { DiscoveredFile } from '../read/discover-files.js';
import { readSchema, SCHEMAS } from '../schema/schema-files.js';
import { fromFastRead, fromFullParse, type Locate, type ReadYaml } from './read-yaml.js';
import type { ArchiveText, FileRule, FileRuleContext, Rule } from './rule.js';
import type { SchemaNode } from './schema-at-path.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { validateClaimFile } from './schema.js';
import { recordLines, type LocateLine, type RecordLines } from './to-model.js';

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
  /** The data, when it passed the JSON Schema (corpus rules and the model need it). */
  data?: RawClaimFile;
  /**
   * Where its records start, when the file has no error of its own: with `data`, all the model for the
   * cross-check needs (`modelOf`), which only the cross-check builds.
   */
  lines?: RecordLines;
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

// The file rules of a rule list, picked out once per list rather than once per file.
const fileRulesOf = new WeakMap<readonly Rule[], FileRule[]>();

function fileRules(rules: readonly Rule[]): FileRule[] {
  let found = fileRulesOf.get(rules);
  if (!found) {
    found = rules.filter((rule): rule is FileRule => rule.scope === 'file');
    fileRulesOf.set(rules, found);
  }
  return found;
}

/**
 * Runs the file rules on one file's data, every rule seeing the same context; a finding is kept when
 * `keep` allows. With `tolerant`, a rule that throws (on a shape the schema rejected) loses its findings
 * on this file and the others go on.
 */
function runFileRules(file: DiscoveredFile, data: RawClaimFile, locate: Locate, context: FileLintContext, tolerant: boolean, keep?: (line: number) => boolean): Diagnostic[] {
  const found: Diagnostic[] = [];
  let current: FileRule;
  const ruleContext: FileRuleContext = {
    file: file.display,
    data,
    config: context.config,
    locate,
    readArchive: (relativePath) => context.readArchive(file.path, relativePath),
    report: (span, message, severity) => {
      if (!keep || keep(span.line)) found.push({ file: file.display, ...span, severity: severity ?? current.severity, rule: current.id, message });
    },
  };
  for (const rule of fileRules(context.rules)) {
    current = rule;
    if (!tolerant) {
      rule.check(ruleContext);
      continue;
    }
    const before = found.length;
    try {
      rule.check(ruleContext);
    } catch {
      // The shape the rule expected is broken; the schema's diagnostic already says how.
      found.length = before;
    }
  }
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
  if (schemaFound.length === 0) {
    diagnostics.push(...runFileRules(file, data, locate, context, false));
    return { diagnostics, data, locateLine };
  }
  // The rules still look at a file the schema rejected, so one run shows every mistake; a rule that
  // trips over a malformed shape stays silent there, and lines already flagged are not flagged twice.
  const flagged = new Set(schemaFound.map((d) => d.line));
  diagnostics.push(...runFileRules(file, data, locate, context, true, (line) => !flagged.has(line)));
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
 * Lints one claim file's text as `lintFileText` does, and notes where its records start when the
 * file has no error; leaves out the location index, which is large and which the corpus no longer needs.
 */
export function lintFileOutcome(file: DiscoveredFile, text: string, context: FileLintContext): FileOutcome {
  // parse: the fast reader when the text is in its subset, else the full parser
  const read = fromFastRead(text, file.display) ?? fromFullParse(parseYaml(text, file.display));
  const { diagnostics, data, locateLine } = lintRead(file, read, context);
  if (!data || !locateLine) return { file: file.display, diagnostics };
  if (diagnostics.some((d) => d.severity === 'error')) return { file: file.display, diagnostics, data };
  return { file: file.display, diagnostics, data, lines: recordLines(data, locateLine) };
}
