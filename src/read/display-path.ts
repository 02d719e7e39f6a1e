import path from 'node:path';

/** A path as users see it: relative to the working directory, `/` separators, no leading `./` (contract §3.2). */
export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join('/');
}
