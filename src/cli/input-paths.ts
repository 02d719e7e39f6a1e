import path from 'node:path';
import type { CorpusConfig } from '../config/config.js';
import { parseYaml } from '../parse/parse-yaml.js';
import { discoverFiles } from '../read/discover-files.js';
import { DEFAULT_MAX_FILE_BYTES, readTextSync } from '../read/read-text.js';
import type { CorpusLint } from '../validate/lint-corpus.js';

/** The `source.archive` a claim file names, resolved, when its text parses far enough to say; never throws. */
async function namedArchive(file: string, cwd: string, maxBytes: number): Promise<string | undefined> {
  const absolute = path.resolve(cwd, file);
  const read = readTextSync({ path: absolute, display: file }, maxBytes);
  if (!read.ok) return undefined;
  const value = parseYaml(read.text, file).value as { source?: { archive?: unknown } } | null | undefined;
  const archive = value?.source?.archive;
  return typeof archive === 'string' ? path.resolve(path.dirname(absolute), archive) : undefined;
}

/**
 * Absolute paths of every file a run read or named: the claim files, the configuration, and the
 * archive of every claim file, those that failed lint included (their archives may have been read).
 * An output written over none of these never destroys an input.
 */
export async function corpusInputs(corpus: CorpusLint, cwd: string, configPath?: string): Promise<string[]> {
  const inputs = corpus.files.map((file) => path.resolve(cwd, file));
  const modelled = new Set<string>();
  for (const { file, source } of corpus.claimFiles) {
    modelled.add(file);
    if (source.archive !== undefined) inputs.push(path.resolve(cwd, path.dirname(file), source.archive));
  }
  const maxBytes = corpus.config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  const others = corpus.files.filter((file) => !modelled.has(file));
  for (const archive of await Promise.all(others.map((file) => namedArchive(file, cwd, maxBytes)))) {
    if (archive !== undefined) inputs.push(archive);
  }
  return [...inputs, ...configInputs(corpus.config, cwd, configPath)];
}

/**
 * Absolute paths of the inputs of a run that stopped before lint (a broken configuration): the
 * paths given, the claim files under them and the archives they name, and the configuration files.
 */
export async function namedInputs(paths: readonly string[], cwd: string, configFiles: readonly string[]): Promise<string[]> {
  const files = await discoverFiles(paths, cwd).catch(() => []);
  const archives = await Promise.all(files.map((file) => namedArchive(file.display, cwd, DEFAULT_MAX_FILE_BYTES)));
  return [
    ...paths.map((given) => path.resolve(cwd, given)),
    ...files.map((file) => file.path),
    ...archives.filter((archive): archive is string => archive !== undefined),
    ...configFiles.map((file) => path.resolve(cwd, file)),
  ];
}

function configInputs(config: CorpusConfig, cwd: string, configPath: string | undefined): string[] {
  return [config.file, configPath].filter((file): file is string => file !== undefined).map((file) => path.resolve(cwd, file));
}
