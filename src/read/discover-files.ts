import fs from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { UsageError } from '../cli/io.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { displayPath } from './display-path.js';

/** A claim file found on disk. */
export interface DiscoveredFile {
  /** Absolute path as reached (through any symlinks), for reading. */
  path: string;
  /** Relative to the working directory, `/` separators, no `./`. */
  display: string;
}

/** What discovery found: the files to read, and links that lead nowhere. */
export interface Discovery {
  files: DiscoveredFile[];
  /** Warnings about entries skipped during the walk (broken symbolic links). */
  diagnostics: Diagnostic[];
}

const CLAIM_FILE = /\.ya?ml$/i;
const CONFIG_NAMES = new Set(['claimcheck.yaml', 'claimcheck.yml']);
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** True for a file name that can be a claim file (the corpus configuration is not). */
export function isClaimFileName(name: string): boolean {
  return CLAIM_FILE.test(name) && !CONFIG_NAMES.has(name.toLowerCase());
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as Error).message;
  }
}

interface Candidate {
  absolute: string;
  real: string;
}

/** Lists claim files below one directory, following symbolic links to directories at most once each (loops never hang). */
async function walkDirectory(root: string, cwd: string, found: Candidate[], diagnostics: Diagnostic[]): Promise<void> {
  const visited = new Set<string>();
  const queue: string[] = [root];
  while (queue.length > 0) {
    const directory = queue.shift()!;
    const real = await fs.realpath(directory);
    if (visited.has(real)) continue;
    visited.add(real);
    let entries: fg.Entry[];
    try {
      // Links are not followed by the glob itself; they are resolved below, with a visited set.
      entries = await fg('**', { cwd: directory, onlyFiles: false, objectMode: true, followSymbolicLinks: false, dot: false, ignore: IGNORE });
    } catch (error) {
      throw new UsageError(`cannot read directory "${displayPath(cwd, directory)}": ${describeFsError(error)}`);
    }
    for (const entry of entries) {
      const absolute = path.join(directory, entry.path);
      if (entry.dirent.isFile()) {
        if (isClaimFileName(entry.name)) found.push({ absolute, real: path.join(real, entry.path) });
        continue;
      }
      if (!entry.dirent.isSymbolicLink()) continue;
      try {
        const stats = await fs.stat(absolute);
        if (stats.isDirectory()) queue.push(absolute);
        else if (stats.isFile() && isClaimFileName(entry.name)) found.push({ absolute, real: await fs.realpath(absolute) });
      } catch (error) {
        if (!isClaimFileName(entry.name)) continue;
        diagnostics.push({
          file: displayPath(cwd, absolute),
          line: 1, column: 1, endLine: 1, endColumn: 1,
          severity: 'warning',
          rule: 'file/broken-link',
          message: `skipped: this symbolic link leads to ${describeFsError(error)}; fix or remove the link.`,
        });
      }
    }
  }
}

/**
 * Finds the claim files named by `paths` (files or directories, resolved against `cwd`), sorted by
 * display path; a file reached twice (through a symbolic link) is read once.
 * Throws a `UsageError` for a path that does not exist or when nothing matched.
 */
export async function discoverCorpus(paths: readonly string[], cwd: string): Promise<Discovery> {
  const found: Candidate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = await fs.stat(absolute);
    } catch (error) {
      throw new UsageError(`cannot read "${given}": ${describeFsError(error)}.`);
    }
    if (stats.isDirectory()) await walkDirectory(absolute, cwd, found, diagnostics);
    else if (!CONFIG_NAMES.has(path.basename(absolute).toLowerCase())) found.push({ absolute, real: await fs.realpath(absolute) });
  }
  const files = found
    .map((candidate) => ({ ...candidate, display: displayPath(cwd, candidate.absolute) }))
    .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  const seen = new Set<string>();
  const unique: DiscoveredFile[] = [];
  for (const file of files) {
    if (seen.has(file.real)) continue;
    seen.add(file.real);
    unique.push({ path: file.absolute, display: file.display });
  }
  if (unique.length === 0) {
    throw new UsageError(
      `no claim files (*.yaml, *.yml) found in ${paths.map((p) => `"${p}"`).join(', ')}; give a claim file or a directory that holds some.`,
    );
  }
  return { files: unique, diagnostics };
}

/** `discoverCorpus` without the walk's warnings: just the files to read. */
export async function discoverFiles(paths: readonly string[], cwd: string): Promise<DiscoveredFile[]> {
  return (await discoverCorpus(paths, cwd)).files;
}
