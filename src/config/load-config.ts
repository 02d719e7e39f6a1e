import { relative, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseYaml } from '../parse/parse-yaml.js';
import { readSchema, SCHEMAS } from '../schema/schema-files.js';
import type { SchemaNode } from '../validate/schema-at-path.js';
import { schemaDiagnostics } from '../validate/schema-diagnostics.js';
import { validateConfig } from '../validate/schema.js';
import { fromFastRead, fromFullParse } from '../validate/read-yaml.js';
import { DEFAULT_MAX_FILE_BYTES, readTextSync } from '../read/read-text.js';
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
  // parse: the fast reader when the text is in its subset, else the full parser; positions wait for a problem to place
  const clean = text.replace(/^\uFEFF/, '');
  const read = fromFastRead(clean, file) ?? fromFullParse(parseYaml(clean, file));
  if (!read.document) throw new ConfigError(file, read.diagnostics.filter((d) => d.severity === 'error'));
  const { value, locate } = read.document;
  if (value === null || value === undefined) return { ...emptyConfig(), file };
  // validate
  const issues = validateConfig(value);
  if (issues.length > 0) {
    // The schema itself only explains what is wrong: read when something is.
    configSchema ??= readSchema(SCHEMAS.config) as SchemaNode;
    throw new ConfigError(file, schemaDiagnostics({ file, value, schema: configSchema, issues, locate }));
  }
  const raw = value as Partial<CorpusConfig>;
  const conflicts = aliasConflicts(raw.aliases ?? {}, file, locate);
  if (conflicts.length > 0) throw new ConfigError(file, conflicts);
  return { ...emptyConfig(), ...raw, file };
}

// Where a claim file's read problem would give advice that does not fit a configuration.
function configMessage(diagnostic: Diagnostic): string {
  if (diagnostic.rule === 'file/too-large') {
    return `the configuration is over ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024} MiB, far more than aliases and settings take; is it the right file?`;
  }
  if (diagnostic.message.startsWith('not a regular file')) return 'not a regular file (a pipe or a device?); the configuration must be a YAML file, e.g. claimcheck.yaml';
  return diagnostic.message;
}

/** Reads and parses a configuration file; `display` is its path as shown to the user. */
export async function readConfig(path: string, display: string): Promise<CorpusConfig> {
  // read: as a claim file is (a regular file, not too large, UTF-8 text), so a pipe, a device or binary data is refused, located
  const read = readTextSync({ path, display }, DEFAULT_MAX_FILE_BYTES);
  if (read.ok) return parseConfig(read.text, display);
  const { diagnostic } = read;
  if (diagnostic.rule === 'file/empty') return { ...emptyConfig(), file: display };
  throw new ConfigError(display, [{ ...diagnostic, message: configMessage(diagnostic) }]);
}

/** A run's configuration and the absolute path of the file it was read from, if any. */
export interface LoadedConfig {
  config: CorpusConfig;
  path?: string;
}

/**
 * The configuration for a run and where it came from: `--config FILE` if given, else the nearest
 * `claimcheck.yaml` above the first path, else the empty configuration.
 */
export async function loadConfigFile(paths: readonly string[], cwd: string, configPath?: string): Promise<LoadedConfig> {
  const found = findConfig(paths, cwd, configPath);
  if (!found) return { config: emptyConfig() };
  const display = relative(cwd, found).split(sep).join('/') || found;
  return { config: await readConfig(found, display), path: found };
}

/** The configuration for a run (see `loadConfigFile`). */
export async function loadConfig(paths: readonly string[], cwd: string, configPath?: string): Promise<CorpusConfig> {
  return (await loadConfigFile(paths, cwd, configPath)).config;
}
