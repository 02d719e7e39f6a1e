import { randomBytes } from 'node:crypto';
import { type FileHandle, link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import { fileIdentity, sameFile } from './same-file.js';

/** What must never be written over, and how to name the target in messages. */
export interface WriteFileAtomicOptions {
  /** Absolute paths of every file the output was made from (claim files, archives, configuration). */
  inputs: readonly string[];
  /** The target as the user wrote it, for messages (default: the absolute path). */
  displayPath?: string;
  /** `false`: never replace an existing file (or link), even one created while writing; default `true`. */
  overwrite?: boolean;
}

/** Thrown when `overwrite: false` and the target exists. */
export class TargetExistsError extends UsageError {
  override name = 'TargetExistsError';
}

/**
 * Where to write: the target's real path (a symlink is written through, not replaced). Refuses a
 * directory, a device or pipe, a missing parent directory, and any input, compared by real path and inode.
 */
async function destination(target: string, options: WriteFileAtomicOptions, shown: string): Promise<string> {
  const identity = await fileIdentity(target);
  const [existing, parent] = await Promise.all([
    stat(identity.realPath).catch(() => undefined),
    stat(path.dirname(identity.realPath)).catch(() => undefined),
  ]);
  if (existing?.isDirectory()) {
    throw new UsageError(`cannot write ${shown}: it is a directory; give a file name, for example ${path.join(shown, 'report.md')}`);
  }
  // Renaming over a device or a pipe would replace it with a plain file (as root, even /dev/null).
  if (existing !== undefined && !existing.isFile()) {
    throw new UsageError(`cannot write ${shown}: it is a device, a pipe or a socket, not a regular file; choose a file name, or leave out -o to write to standard output`);
  }
  if (!parent?.isDirectory()) {
    throw new UsageError(`cannot write ${shown}: the directory ${path.dirname(shown)} does not exist; create it first`);
  }
  const inputs = await Promise.all(options.inputs.map(fileIdentity));
  const clash = inputs.findIndex((input) => sameFile(identity, input));
  if (clash >= 0) {
    throw new UsageError(
      `refusing to write ${shown}: it is one of the inputs (${options.inputs[clash]}); choose another file, for example report.md`,
    );
  }
  return identity.realPath;
}

function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

// Makes the rename itself durable; where a directory cannot be opened or synced, durability is all that is lost.
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * Writes `text` to `target` atomically: a temporary file beside it (unique by pid and a random
 * suffix), flushed to disk, then renamed over the target, so readers and concurrent writers see a
 * whole file, never a part. The temporary file is removed on any failure. Refuses (UsageError) a
 * directory and any of `options.inputs`, and with `overwrite: false` any existing target
 * (`TargetExistsError`); an existing target keeps its permissions.
 */
export async function writeFileAtomic(target: string, text: string, options: WriteFileAtomicOptions): Promise<void> {
  const shown = options.displayPath ?? path.resolve(target);
  const file = await destination(path.resolve(target), options, shown);
  const mode = (await stat(file).catch(() => undefined))?.mode;
  const temporary = temporaryName(file);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, 'wx', mode === undefined ? 0o666 : mode & 0o777);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    // A hard link, unlike a rename, fails when the target exists: the check and the write are one step.
    if (options.overwrite === false) await link(temporary, file);
    else await rename(temporary, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(`cannot write ${shown}: it already exists`);
    throw new UsageError(`cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (options.overwrite === false) await unlink(temporary).catch(() => undefined);
  await syncDirectory(path.dirname(file));
}
