import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

/** Reads one archive text: UTF-8 (a BOM is dropped), at most `maxBytes`; every failure is a reason, never a throw. */
export function readArchiveFile(absolute: string, display: string, maxBytes: number): ArchiveText {
  try {
    const stats = statSync(absolute);
    if (stats.isDirectory()) return { ok: false, reason: 'it is a directory', file: display };
    if (stats.size > maxBytes) return { ok: false, reason: `it is larger than the limit of ${maxBytes} bytes (maxFileSize)`, file: display };
    const bytes = readFileSync(absolute);
    if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'it holds binary data, not plain text', file: display };
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, ''), file: display };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, reason: 'it is not valid UTF-8 text', file: display };
    return { ok: false, reason: why(error), file: display };
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
      read = readArchiveFile(absolute, displayPath(cwd, absolute), maxBytes);
      cache.set(absolute, read);
    }
    return read;
  };
}
