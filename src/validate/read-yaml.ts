import type { Diagnostic, Span } from '../model/diagnostic.js';
import { readFastYaml } from '../parse/fast/fast-yaml.js';
import { locatePath } from '../parse/locate.js';
import { buildLocationIndex, locateIn, type LocationIndex } from '../parse/location-index.js';
import { parseYaml, type ParsedYaml } from '../parse/parse-yaml.js';
import type { DocPath } from './rule.js';
import type { LocateLine } from './to-model.js';

/** Where a node is: its value, its key, or its first line (`'head'`). */
export type Locate = (path: DocPath, part?: 'key' | 'value' | 'head') => Span;

/** A file's YAML as linting needs it. */
export interface ReadYaml {
  /** YAML diagnostics (`yaml/*`). */
  diagnostics: Diagnostic[];
  /** Set when the YAML has no error: its plain value, and where its nodes are. */
  document?: {
    value: unknown;
    /** Any node's place, for rule and schema findings. */
    locate: Locate;
    /** The line of the nodes the model records, answered more cheaply where possible. */
    locateLine: LocateLine;
  };
}

/**
 * Where a node is, answered from the document itself: walking one path is far cheaper than indexing
 * every node of every file. Only `'head'` (schema findings) needs the index, built once when asked.
 */
function documentLocator(parsed: ParsedYaml): Locate {
  let index: LocationIndex | undefined;
  return (path, part = 'value') => {
    if (part !== 'head') return locatePath(parsed.doc!, parsed.lineCounter, path, part);
    index ??= buildLocationIndex(parsed.doc!, parsed.lineCounter);
    return locateIn(index, path, part);
  };
}

/** The file as the full YAML parser reads it: every diagnostic, every position. */
export function fromFullParse(parsed: ParsedYaml): ReadYaml {
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.doc || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const locate = documentLocator(parsed);
  return { diagnostics, document: { value: parsed.value, locate, locateLine: locate } };
}

/**
 * The file as the fast reader reads it, when the text is in its subset (which the full parser
 * reads without a diagnostic). A position the model needs comes from what the fast reader
 * recorded; any other (a finding's) from a full parse, run once on the first question.
 */
export function fromFastRead(text: string, file: string): ReadYaml | undefined {
  const fast = readFastYaml(text);
  if (!fast) return undefined;
  let full: Locate | undefined;
  const locate: Locate = (path, part) => (full ??= documentLocator(parseYaml(text, file)))(path, part);
  const locateLine: LocateLine = (path, part) => {
    const line = fast.lineOf(path, part);
    return line === undefined ? locate(path, part) : { line };
  };
  return { diagnostics: [], document: { value: fast.value, locate, locateLine } };
}
