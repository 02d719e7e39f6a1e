import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { buildLocationIndex, locator } from '../parse/location-index.js';
import { parseYaml } from '../parse/parse-yaml.js';
import { readSchema, SCHEMAS } from '../schema/schema-files.js';
import type { SchemaNode } from '../validate/schema-at-path.js';
import { schemaDiagnostics } from '../validate/schema-diagnostics.js';
import { validateConfig } from '../validate/schema.js';
import { UsageError } from '../cli/io.js';
import { aliasConflicts } from './alias-conflicts.js';
import { ConfigError } from './config-error.js';
import { emptyConfig, type CorpusConfig } from './config.js';
import { findConfig } from './find-config.js';

let configSchema: SchemaNode | undefined;

/**
 * Parses and validates the text of a `claimcheck.yaml`. Pure; a malformed configuration throws
 * a `ConfigError` with every problem located. An empty file is an empty configuration.
 */
export function parseConfig(text: string, file: string): CorpusConfig {
  // parse
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), file);
  const errors: Diagnostic[] = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !parsed.doc) throw new ConfigError(file, errors);
  if (parsed.value === null || parsed.value === undefined) return { ...emptyConfig(), file };
  // validate
  const index = buildLocationIndex(parsed.doc, parsed.lineCounter);
  const locate = locator(index);
  configSchema ??= readSchema(SCHEMAS.config) as SchemaNode;
  const issues = validateConfig(parsed.value);
  if (issues.length > 0) {
    throw new ConfigError(file, schemaDiagnostics({ file, value: parsed.value, schema: configSchema, issues, locate }));
  }
  const raw = parsed.value as Partial<CorpusConfig>;
  const conflicts = aliasConflicts(raw.aliases ?? {}, file, locate);
  if (conflicts.length > 0) throw new ConfigError(file, conflicts);
  return { ...emptyConfig(), ...raw, file };
}

/** Reads and parses a configuration file; `display` is its path as shown to the user. */
export async function readConfig(path: string, display: string): Promise<CorpusConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the configuration ${display}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseConfig(text, display);
}

/**
 * The configuration for a run: `--config FILE` if given, else the nearest `claimcheck.yaml`
 * above the first path, else the empty configuration.
 */
export async function loadConfig(paths: readonly string[], cwd: string, configPath?: string): Promise<CorpusConfig> {
  const found = findConfig(paths, cwd, configPath);
  if (!found) return emptyConfig();
  const display = relative(cwd, found).split(sep).join('/') || found;
  return readConfig(found, display);
}
