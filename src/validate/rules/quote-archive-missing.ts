import type { FileRule } from '../rule.js';
import { unreadableArchivePath } from './archive-path.js';
import { show } from './display.js';

/** `quote/archive-missing`: an archive named but not readable leaves every quote of the file unchecked. */
export const quoteArchiveMissing: FileRule = {
  id: 'quote/archive-missing',
  severity: 'error',
  description: 'The `source.archive` file must exist and be readable plain text (quotes are verified against it).',
  scope: 'file',
  check(context) {
    const archive = context.data.source.archive;
    if (archive === undefined) return;
    const refused = unreadableArchivePath(archive);
    const read = refused === undefined ? context.readArchive(archive) : undefined;
    if (read?.ok) return;
    const where = read ? `; expected a plain-text copy of the article at ${read.file}` : '';
    context.report(
      context.locate(['source', 'archive']),
      `the archive ${show(archive)} cannot be read (${refused ?? read?.reason})${where}. The path is relative to this claim file, e.g. archive: ../articles/rudaw-2020-01-21.txt; fix it, or remove \`archive\` if there is no copy.`,
    );
  },
};
