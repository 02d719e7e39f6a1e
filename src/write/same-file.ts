import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Where a path really leads: symlinks resolved, and its device and inode when it exists. */
export interface FileIdentity {
  realPath: string;
  inode?: { dev: number; ino: number };
}

// The real path of a file that may not exist yet: its parent's real path plus its name.
async function realPathOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    const parent = path.dirname(file);
    if (parent === file) return file;
    return path.join(await realPathOf(parent), path.basename(file));
  }
}

/** Resolves an absolute path to its identity; a missing file has a real path but no inode. */
export async function fileIdentity(file: string): Promise<FileIdentity> {
  const realPath = await realPathOf(file);
  try {
    const { dev, ino } = await stat(realPath);
    return { realPath, inode: { dev, ino } };
  } catch {
    return { realPath };
  }
}

/** True when two identities are one file: the same real path, or the same inode (a hard link). */
export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.realPath === b.realPath) return true;
  return a.inode !== undefined && b.inode !== undefined && a.inode.dev === b.inode.dev && a.inode.ino === b.inode.ino;
}
