import { locatePath } from '../../../src/parse/locate.js';
import { parseYaml } from '../../../src/parse/parse-yaml.js';
import { readFastYaml, type FastYaml } from '../../../src/parse/fast/fast-yaml.js';

/** Where two plain values first differ (`Object.is` on leaves, same keys in the same order), or `undefined`. */
export function firstDifference(fast: unknown, full: unknown, path = '$'): string | undefined {
  if (Array.isArray(fast) || Array.isArray(full)) {
    if (!Array.isArray(fast) || !Array.isArray(full)) return `${path}: array vs ${JSON.stringify(full)}`;
    if (fast.length !== full.length) return `${path}: ${fast.length} items vs ${full.length}`;
    for (let i = 0; i < fast.length; i += 1) {
      const found = firstDifference(fast[i], full[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (fast !== null && full !== null && typeof fast === 'object' && typeof full === 'object') {
    if (Object.getPrototypeOf(fast) !== Object.getPrototypeOf(full)) return `${path}: different prototypes`;
    const keys = Object.keys(fast);
    const fullKeys = Object.keys(full);
    if (keys.join('\u0000') !== fullKeys.join('\u0000')) return `${path}: keys ${JSON.stringify(keys)} vs ${JSON.stringify(fullKeys)}`;
    for (const key of keys) {
      const found = firstDifference((fast as Record<string, unknown>)[key], (full as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(fast, full) ? undefined : `${path}: ${show(fast)} vs ${show(full)}`;
}

function show(value: unknown): string {
  if (Object.is(value, -0)) return '-0';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * Where the lines the fast reader records differ from the full path's `locate(...).line`: each
 * top-level key's line, and each top-level sequence item's first line.
 */
export function lineDifferences(text: string, fast: FastYaml): string[] {
  const full = parseYaml(text, 'x.yaml');
  const lineOf = (path: (string | number)[], part: 'key' | 'value') => locatePath(full.doc!, full.lineCounter, path, part).line;
  const found: string[] = [];
  const root = fast.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return found;
  for (const [key, value] of Object.entries(root)) {
    const keyLine = fast.lineOf([key], 'key');
    if (keyLine !== lineOf([key], 'key')) found.push(`${key}: key line ${keyLine} vs ${lineOf([key], 'key')}`);
    if (!Array.isArray(value)) continue;
    value.forEach((_, i) => {
      const itemLine = fast.lineOf([key, i], 'value');
      if (itemLine !== undefined && itemLine !== lineOf([key, i], 'value')) found.push(`${key}[${i}]: line ${itemLine} vs ${lineOf([key, i], 'value')}`);
    });
  }
  return found;
}

/** What the fast reader did with a text, checked against the full path. */
export type Verdict = { kind: 'declined' } | { kind: 'same' } | { kind: 'wrong'; why: string };

/**
 * Reads a text both ways. The fast reader may decline; when it does not, the full path must report
 * nothing and build the same value.
 */
export function verdict(text: string): Verdict {
  const fast = readFastYaml(text);
  if (!fast) return { kind: 'declined' };
  const full = parseYaml(text, 'x.yaml');
  if (full.diagnostics.length > 0) return { kind: 'wrong', why: `the full path reports ${full.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`).join(', ')}` };
  const why = firstDifference(fast.value, full.value) ?? lineDifferences(text, fast)[0];
  return why ? { kind: 'wrong', why } : { kind: 'same' };
}

/** Counts how a set of texts went; lists the wrong ones with their text. */
export function tally(texts: Iterable<string>): { taken: number; declined: number; wrong: string[] } {
  const result = { taken: 0, declined: 0, wrong: [] as string[] };
  for (const text of texts) {
    const found = verdict(text);
    if (found.kind === 'same') result.taken += 1;
    else if (found.kind === 'declined') result.declined += 1;
    else result.wrong.push(`${found.why}\n${JSON.stringify(text)}`);
  }
  return result;
}
