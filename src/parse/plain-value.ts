import type { Document, LineCounter, Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { offsetsToSpan } from './spans.js';
import { walkNodes } from './walk-nodes.js';

/** The document as plain data, or located errors when its aliases are unsafe or broken. */
export type PlainValue = { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] };

function aliasProblems(doc: Document, lineCounter: LineCounter, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  walkNodes(doc, {
    alias(alias) {
      if (!alias.range) return;
      const span = offsetsToSpan(lineCounter, alias.range[0], alias.range[1]);
      const target = alias.resolve(doc) as Node | undefined;
      if (!target?.range) {
        const message = `alias *${alias.source} refers to no anchor; define &${alias.source} on a value before using *${alias.source}`;
        problems.push({ file, ...span, severity: 'error', rule: 'yaml/BAD_ALIAS', message });
      } else if (target.range[0] <= alias.range[0] && alias.range[1] <= target.range[2]) {
        const message = `alias *${alias.source} is inside the value it refers to, which would make it endless; copy the value instead`;
        problems.push({ file, ...span, severity: 'error', rule: 'yaml/BAD_ALIAS', message });
      }
    },
  });
  return problems;
}

function firstAliasOffset(doc: Document): number {
  let offset: number | undefined;
  walkNodes(doc, {
    alias(alias) {
      offset ??= alias.range?.[0] ?? 0;
    },
  });
  return offset ?? 0;
}

/** Builds plain data from a composed document, refusing alias loops, missing anchors and alias bombs. */
export function toPlainValue(doc: Document, lineCounter: LineCounter, file: string, maxAliasCount: number): PlainValue {
  const problems = aliasProblems(doc, lineCounter, file);
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount }) };
  } catch (error) {
    const offset = firstAliasOffset(doc);
    const span = offsetsToSpan(lineCounter, offset, offset + 1);
    const message =
      error instanceof RangeError
        ? 'the document is nested too deeply to read safely; claim files need only a few levels'
        : `aliases here expand to more than ${maxAliasCount} copies of their anchors, which is refused as unsafe; ` +
          'write the values out instead of aliasing them';
    return { ok: false, diagnostics: [{ file, ...span, severity: 'error', rule: 'yaml/RESOURCE_EXHAUSTION', message }] };
  }
}
