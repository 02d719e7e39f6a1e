import { isScalar, type Document, type LineCounter } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { offsetsToSpan } from './spans.js';
import { walkNodes } from './walk-nodes.js';

/**
 * Finds keys set twice in one mapping, in one pass (the parser's own check compares every key
 * with every earlier one, which takes minutes on a large mapping). Keys compare as text, as they
 * end up in plain data: `1` and `"1"` are the same key there, so one would silently replace the other.
 */
export function duplicateKeys(doc: Document, lineCounter: LineCounter, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  walkNodes(doc, {
    map(map) {
      const firstLines = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const [start, end] = pair.key.range;
        const key = String(pair.key.value);
        const firstLine = firstLines.get(key);
        if (firstLine === undefined) {
          firstLines.set(key, lineCounter.linePos(start).line);
          continue;
        }
        const message =
          `duplicate key "${key}": this mapping already sets it on line ${firstLine}; ` +
          'a key may appear once per mapping. Merge the two entries or rename one';
        found.push({ file, ...offsetsToSpan(lineCounter, start, end), severity: 'error', rule: 'yaml/DUPLICATE_KEY', message });
      }
    },
  });
  return found;
}
