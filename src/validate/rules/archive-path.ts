// A drive (`C:\`, `C:/`) or a UNC share (`\\server`): absolute on Windows, where claim files are read too.
const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\)/;

/**
 * Why an archive path is not read at all, or undefined when it may be. A claim file names its archive
 * relative to itself; an absolute path (`/dev/zero`, `/etc/…`) or a hidden file or folder (`.git/config`,
 * `.npmrc`) could make lint wait for ever, or show lines of a private file in its messages.
 */
export function unreadableArchivePath(archive: string): string | undefined {
  if (archive.startsWith('/') || WINDOWS_ABSOLUTE.test(archive)) return 'it is an absolute path, not one relative to this claim file';
  const hidden = archive.split(/[\\/]/).find((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
  if (hidden !== undefined) return `it names a hidden file or folder ("${hidden}"), which is never read as an archive`;
  return undefined;
}
