import type { DocPath } from '../../validate/rule.js';

/**
 * The lines the claim-file model asks for, recorded while reading (1-based, as the full path
 * reports them): each top-level key's line, and for a top-level block sequence, the first line of
 * each item's value (`undefined` for an item written as nothing).
 */
export class ModelLines {
  readonly keys = new Map<string, number>();
  readonly items = new Map<string, readonly (number | undefined)[]>();

  /** The line of the key (`'key'`) or value at `path`, when recorded; `undefined` sends the question to the full path. */
  lineOf(path: DocPath, part: 'key' | 'value' = 'value'): number | undefined {
    const [top, index] = path;
    if (typeof top !== 'string') return undefined;
    if (path.length === 1 && part === 'key') return this.keys.get(top);
    if (path.length === 2 && part === 'value' && typeof index === 'number') return this.items.get(top)?.[index];
    return undefined;
  }
}
