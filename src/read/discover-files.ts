import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import { FILE_START, type Diagnostic } from '../model/diagnostic.js';
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
  /** Configuration files (`claimcheck.yaml`, `claimcheck.yml`) the walk passed, `path` resolved through links. */
  configs: DiscoveredFile[];
}

const CLAIM_FILE = /\.ya?ml$/i;
const CONFIG_NAMES = new Set(['claimcheck.yaml', 'claimcheck.yml']);

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
  display: string;
}

interface Entry {
  /** Relative to the directory listed, with the platform's separators. */
  path: string;
  dirent: Dirent;
}

// Hidden entries (`.git`, editor backups) and installed packages hold no claim files of the corpus.
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** `path.join(folder, relative)` for a normalised folder and a relative path of plain names: no normalising per file. */
function under(folder: string, relative: string): string {
  return folder.endsWith(path.sep) ? `${folder}${relative}` : `${folder}${path.sep}${relative}`;
}

/**
 * Every entry below `root`, without following symbolic links. Read with `readdir` rather than a
 * glob, whose patterns do not match every name a file system allows (a line break, for one).
 */
function listEntries(root: string): Entry[] {
  const entries: Entry[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const relative = pending.pop()!;
    for (const dirent of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      if (skipped(dirent.name)) continue;
      const entry = { path: relative === '' ? dirent.name : `${relative}${path.sep}${dirent.name}`, dirent };
      entries.push(entry);
      if (dirent.isDirectory()) pending.push(entry.path);
    }
  }
  return entries;
}

// A warning about a symbolic link the walk did not follow.
function skippedLink(file: string, why: string): Diagnostic {
  return {
    file,
    ...FILE_START,
    severity: 'warning',
    rule: 'file/broken-link',
    message: `skipped: this symbolic link ${why}.`,
  };
}

// A name that is not UTF-8 is listed with U+FFFD in place of its bad bytes, and that name opens nothing.
function garbledName(absolute: string): boolean {
  if (!absolute.includes('\ufffd')) return false;
  try {
    lstatSync(absolute);
    return false;
  } catch {
    return true;
  }
}

function garbledNameError(file: string): Diagnostic {
  return {
    file,
    ...FILE_START,
    severity: 'error',
    rule: 'file/unreadable',
    message: 'the file name is not valid UTF-8 (its bad bytes are shown as �), so the file cannot be opened to be checked; rename it.',
  };
}

const byDisplay = (a: { display: string }, b: { display: string }) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0);

function isInside(target: string, folder: string): boolean {
  return target === folder || target.startsWith(folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`);
}

/**
 * How the files below `directory` are displayed, by their path below it: the directory's display path
 * and theirs joined, without a `path.relative` per file; for a directory at or above `cwd`, the long way.
 */
function displayBelow(cwd: string, directory: string): (relative: string) => string {
  const shown = path.relative(cwd, directory);
  if (shown.startsWith('..') || path.isAbsolute(shown)) return (relative) => displayPath(cwd, under(directory, relative));
  const prefix = shown === '' ? '' : `${shown.split(path.sep).join('/')}/`;
  return (relative) => prefix + relative.split(path.sep).join('/');
}

/**
 * Lists claim files below one directory, following symbolic links to directories at most once each (loops
 * never hang), and only links that stay inside the directory: one leading out could take the walk over the
 * whole disk (`/`), or put a private file's lines (`~/.npmrc`) in lint's messages.
 */
function walkDirectory(root: string, cwd: string, found: Candidate[], diagnostics: Diagnostic[], configs: DiscoveredFile[]): void {
  const rootReal = realpathSync.native(root);
  const visited = new Set<string>();
  const queue: string[] = [root];
  while (queue.length > 0) {
    const directory = queue.shift()!;
    const real = realpathSync.native(directory);
    if (visited.has(real)) continue;
    visited.add(real);
    const display = displayBelow(cwd, directory);
    let entries: Entry[];
    try {
      // Links are not followed by the listing itself; they are resolved below, with a visited set.
      entries = listEntries(directory);
    } catch (error) {
      throw new UsageError(`cannot read directory "${displayPath(cwd, directory)}": ${describeFsError(error)}`);
    }
    for (const entry of entries) {
      const absolute = under(directory, entry.path);
      if (entry.dirent.isFile()) {
        if (CONFIG_NAMES.has(entry.dirent.name.toLowerCase())) configs.push({ path: under(real, entry.path), display: display(entry.path) });
        if (!isClaimFileName(entry.dirent.name)) continue;
        if (garbledName(absolute)) diagnostics.push(garbledNameError(displayPath(cwd, absolute)));
        else found.push({ absolute, real: under(real, entry.path), display: display(entry.path) });
        continue;
      }
      if (!entry.dirent.isSymbolicLink()) continue;
      let target: string;
      let stats: Stats;
      try {
        target = realpathSync.native(absolute);
        stats = statSync(target);
      } catch (error) {
        if (isClaimFileName(entry.dirent.name)) diagnostics.push(skippedLink(displayPath(cwd, absolute), `leads to ${describeFsError(error)}; fix or remove the link`));
        continue;
      }
      if (!stats.isDirectory() && !(stats.isFile() && isClaimFileName(entry.dirent.name))) continue;
      if (!isInside(target, rootReal)) {
        const why = `leads out of "${displayPath(cwd, root)}", where claim files are looked for; name its target as a path of its own to read it`;
        diagnostics.push(skippedLink(displayPath(cwd, absolute), why));
      } else if (stats.isDirectory()) {
        queue.push(absolute);
      } else {
        found.push({ absolute, real: target, display: display(entry.path) });
      }
    }
  }
}

/**
 * Finds the claim files named by `paths` (files or directories, resolved against `cwd`), sorted by
 * display path; a file reached twice (through a symbolic link) is read once.
 * Throws a `UsageError` for a path that does not exist or when nothing matched. The walk is one call
 * after another on one thread, so it runs on the synchronous file system calls, without a round trip to
 * the thread pool for each.
 */
export async function discoverCorpus(paths: readonly string[], cwd: string): Promise<Discovery> {
  const found: Candidate[] = [];
  const diagnostics: Diagnostic[] = [];
  const configs: DiscoveredFile[] = [];
  for (const given of paths) {
    // An empty argument is most often an unset shell variable; read as the working directory, it would lint the wrong files.
    if (given === '') throw new UsageError('an empty path was given (an unset variable?); give claim files or directories, e.g. claimcheck lint claims');
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      throw new UsageError(`cannot read "${given}": ${describeFsError(error)}.`);
    }
    if (stats.isDirectory()) walkDirectory(absolute, cwd, found, diagnostics, configs);
    else if (!CONFIG_NAMES.has(path.basename(absolute).toLowerCase())) found.push({ absolute, real: realpathSync.native(absolute), display: displayPath(cwd, absolute) });
  }
  const files = found.sort(byDisplay);
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
  return { files: unique, diagnostics, configs: configs.sort(byDisplay) };
}

/** `discoverCorpus` without the walk's warnings: just the files to read. */
export async function discoverFiles(paths: readonly string[], cwd: string): Promise<DiscoveredFile[]> {
  return (await discoverCorpus(paths, cwd)).files;
}
