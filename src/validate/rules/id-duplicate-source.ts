import type { CorpusRule, CorpusRuleFile } from '../rule.js';
import { defaultSourceId } from '../to-model.js';
import { show } from './display.js';

/** A source's corpus-wide id: its `source.id`, else the file name without extension (contract §1.1). */
function sourceId(file: CorpusRuleFile): string {
  return file.data.source.id ?? defaultSourceId(file.file);
}

/** Where a file's source id is written: its `source.id`, else the `source:` key (the id comes from the file name). */
function idSpan(file: CorpusRuleFile) {
  return file.data.source.id === undefined ? file.locate(['source'], 'key') : file.locate(['source', 'id']);
}

/** `id/duplicate-source`: claims are cited by source id, so no two files may share one. */
export const idDuplicateSource: CorpusRule = {
  id: 'id/duplicate-source',
  severity: 'error',
  description: 'Source ids (`source.id`, else the file name without extension) must be unique across the corpus.',
  scope: 'corpus',
  check(files, report) {
    const first = new Map<string, CorpusRuleFile>();
    const ids = files.map((file) => sourceId(file));
    const taken = new Set(ids);
    for (const [i, file] of files.entries()) {
      const id = ids[i];
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, file);
        continue;
      }
      const origin = file.data.source.id === undefined ? ' (taken from the file name)' : '';
      // A copied file usually still carries its template's id; its own file name is the natural fix.
      const stem = defaultSourceId(file.file);
      const suggestion = !taken.has(stem) ? stem : `${id}-2`;
      report(
        file,
        idSpan(file),
        `source id ${show(id)}${origin} is already the id of ${earlier.file} (line ${idSpan(earlier).line}); source ids must be unique across the corpus because claims are cited by them. Give this file its own \`source.id\`, e.g. ${show(suggestion)}.`,
      );
    }
  },
};
