import type { DocPath } from '../../validate/rule.js';
import { readKey } from './block-key.js';
import { BlockReader } from './block-reader.js';
import { decline } from './decline.js';
import { ModelLines } from './model-lines.js';
import { SourceLines } from './source-lines.js';

/** A file read by the fast path: its plain value, and the few lines the claim-file model needs. */
export interface FastYaml {
  value: unknown;
  /** The 1-based line of a top-level key (`'key'`) or of a top-level sequence item; `undefined` when not recorded. */
  lineOf(path: DocPath, part?: 'key' | 'value'): number | undefined;
}

/** Skips a leading `---` line (alone, or before a comment); a value on it is left to the full path. */
function afterDocumentStart(src: SourceLines, line: number): number {
  if (line >= src.count || !src.text.startsWith('---', src.start(line))) return line;
  const at = src.start(line) + 3;
  if (at !== src.end(line) && src.text[at] !== ' ') return line;
  src.expectLineEnd(at, line);
  return src.nextContent(line + 1);
}

function readDocument(text: string): FastYaml {
  const src = new SourceLines(text);
  const line = afterDocumentStart(src, src.nextContent(0));
  if (line >= src.count) decline();
  const indent = src.indent(line);
  const at = src.start(line) + indent;
  const reader = new BlockReader(src);
  const lines = new ModelLines();
  const key = readKey(src, line, at);
  const read = key ? reader.mapping(line, indent, key, 1, lines) : reader.node(line, at, -1, 0);
  // Anything after the root node (a second document, `...`, a stray line) is left to the full path.
  if (src.nextContent(read.next) < src.count) decline();
  return { value: read.value, lineOf: (path, part) => lines.lineOf(path, part) };
}

/**
 * Reads a YAML file written in the plain subset claim files use, giving the same value as the full
 * path (`parseYaml(text).value`) — or `undefined`, declining, the moment the text holds anything
 * outside that subset or anything the full path would report. Never throws; linear in the text.
 */
export function readFastYaml(text: string): FastYaml | undefined {
  try {
    return readDocument(text);
  } catch {
    return undefined;
  }
}
