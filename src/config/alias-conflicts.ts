import type { Diagnostic, Span } from '../model/diagnostic.js';
import type { DocPath } from '../validate/rule.js';

/** How names are compared for conflicts: case and spacing do not make two names different. */
function fold(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Finds aliases that make normalisation ambiguous: a variant listed under two canonical names,
 * or a canonical name that is also another name's variant.
 */
export function aliasConflicts(
  aliases: Record<string, string[]>,
  file: string,
  locate: (path: DocPath, part?: 'key' | 'value') => Span,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const canonicals = new Map(Object.keys(aliases).map((name) => [fold(name), name]));
  const owner = new Map<string, { canonical: string; index: number }>();
  const report = (path: DocPath, message: string) =>
    diagnostics.push({ file, ...locate(path), severity: 'error', rule: 'config/alias-conflict', message });
  for (const [canonical, variants] of Object.entries(aliases)) {
    variants.forEach((variant, index) => {
      const key = fold(variant);
      const other = canonicals.get(key);
      if (other !== undefined && other !== canonical) {
        report(['aliases', canonical, index], `"${variant}" is a variant of "${canonical}" but is also a canonical name of its own ("${other}", line ${locate(['aliases', other], 'key').line}); merge the two entries under one name`);
        return;
      }
      const first = owner.get(key);
      if (first && first.canonical !== canonical) {
        const line = locate(['aliases', first.canonical, first.index]).line;
        report(['aliases', canonical, index], `"${variant}" is listed as a variant of both "${first.canonical}" (line ${line}) and "${canonical}"; a name may belong to one canonical name only. Remove one of them`);
        return;
      }
      if (!first) owner.set(key, { canonical, index });
    });
  }
  return diagnostics;
}
