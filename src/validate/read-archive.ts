import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { displayPath } from '../read/display-path.js';
import type { ArchiveText } from './rule.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}

// Non-blocking, so a named pipe is refused at once instead of waited on.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads one archive text: a regular UTF-8 file (a BOM is dropped), at most `maxBytes`; every failure is a reason, never a throw. */
export function readArchiveFile(absolute: string, display: string, maxBytes: number): ArchiveText {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, reason: 'it is a directory', file: display };
    if (!stats.isFile()) return { ok: false, reason: 'it is not a regular file (a device, pipe or socket)', file: display };
    if (stats.size > maxBytes) return { ok: false, reason: `it is larger than the limit of ${maxBytes} bytes (maxFileSize)`, file: display };
    const bytes = readFileSync(fd);
    if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'it holds binary data, not plain text', file: display };
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, ''), file: display };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, reason: 'it is not valid UTF-8 text', file: display };
    return { ok: false, reason: why(error), file: display };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function inside(directory: string, file: string): boolean {
  const path = relative(directory, file);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Where an archive really is, when it may be read: inside the working directory, or inside the folder
 * above its claim file's (claims/x.yaml → ../articles/x.txt). A link leading anywhere else — a
 * contributed `articles/x.txt` → `~/.npmrc` — is refused, so lint never shows lines of a private file.
 */
function allowedRealPath(absolute: string, claimFilePath: string, cwd: string): string | undefined {
  try {
    const real = realpathSync(absolute);
    const roots = [realpathSync(cwd), dirname(realpathSync(dirname(claimFilePath)))];
    return roots.some((root) => inside(root, real)) ? real : undefined;
  } catch {
    // Missing or unreadable: reading it reports why.
    return absolute;
  }
}

/**
 * An archive reader for the claim files of one run: paths are resolved against the claim file's
 * directory and each archive is read once, however many claim files cite it.
 */
export function archiveReader(cwd: string, maxBytes: number): (claimFilePath: string, relativePath: string) => ArchiveText {
  const cache = new Map<string, ArchiveText>();
  return (claimFilePath, relativePath) => {
    const absolute = resolve(dirname(claimFilePath), relativePath);
    let read = cache.get(absolute);
    if (!read) {
      const display = displayPath(cwd, absolute);
      const real = allowedRealPath(absolute, claimFilePath, cwd);
      read = real === undefined
        ? { ok: false, reason: 'it leads outside the corpus (a link to a file elsewhere); archives are read only inside the working directory or beside the claim files', file: display }
        : readArchiveFile(real, display, maxBytes);
      cache.set(absolute, read);
    }
    return read;
  };
}
