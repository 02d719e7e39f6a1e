import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../cli/io.js';

/** The file name looked for in a corpus directory and its ancestors. */
export const CONFIG_FILE_NAME = 'claimcheck.yaml';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The configuration file to use, as an absolute path, or `undefined` for none: `--config FILE`
 * when given (a missing file is a usage error), else the nearest `claimcheck.yaml` in the
 * directory of the first path (a file's own directory) or any of its ancestors.
 */
export function findConfig(paths: readonly string[], cwd: string, configPath?: string): string | undefined {
  if (configPath !== undefined) {
    const explicit = resolve(cwd, configPath);
    if (!existsSync(explicit) || isDirectory(explicit)) {
      throw new UsageError(`--config ${configPath}: no such file. Give the path of a claimcheck.yaml, e.g. --config corpus/claimcheck.yaml`);
    }
    return explicit;
  }
  const first = resolve(cwd, paths[0] ?? '.');
  let dir = isDirectory(first) ? first : dirname(first);
  for (;;) {
    const candidate = resolve(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate) && !isDirectory(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
