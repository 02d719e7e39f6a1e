import { YAML_LIMITS } from '../parse-yaml.js';
import { readKey, type BlockKey } from './block-key.js';
import { readBlockScalar } from './block-scalar.js';
import { DASH, HASH, SPACE } from './char-codes.js';
import { decline } from './decline.js';
import { readFlowMapping } from './flow-mapping.js';
import { readFlowSequence } from './flow-sequence.js';
import type { ModelLines } from './model-lines.js';
import { readPlain, type ReadValue } from './plain-scalar.js';
import { readQuoted } from './quoted-scalar.js';
import type { SourceLines } from './source-lines.js';

// What a scalar that is not plain starts with.
const QUOTE_OR_FLOW = new Set('"\'|>[{');

/** First lines of a sequence's items, when the model asks for them. */
type ItemLines = (number | undefined)[];

/**
 * Reads block mappings and sequences (and the scalars in them) by indentation, line by line. Every
 * read consumes whole lines: it returns the first line after the node, having checked that nothing
 * but a comment follows the node on its last line. `depth` counts enclosing collections.
 */
export class BlockReader {
  constructor(private readonly src: SourceLines) {}

  /** Whether a `- ` (or a lone `-`) sequence entry starts at `at`. */
  private isEntry(line: number, at: number): boolean {
    const { text } = this.src;
    return text.charCodeAt(at) === DASH && (at + 1 === this.src.end(line) || text.charCodeAt(at + 1) === SPACE);
  }

  /** The column of offset `at` on `line`. */
  private column(line: number, at: number): number {
    return at - this.src.start(line);
  }

  /** The node whose first character is at `at` on `line`, inside a collection indented `parentIndent` (-1: none). */
  node(line: number, at: number, parentIndent: number, depth: number, items?: ItemLines): ReadValue {
    if (this.isEntry(line, at)) return this.sequence(line, this.column(line, at), depth + 1, items);
    const key = readKey(this.src, line, at);
    if (key) return this.mapping(line, this.column(line, at), key, depth + 1);
    // A document that is one scalar is no claim file.
    if (parentIndent < 0) decline();
    return this.scalar(line, at, parentIndent, depth);
  }

  /**
   * The node on `line` that is the value of a key or `-` on the line `owner`. The full parser misreads
   * a plain scalar there after a comment line (`#x`), so that case is left to it.
   */
  private nodeBelow(owner: number, line: number, parentIndent: number, depth: number, items?: ItemLines): ReadValue {
    const { src } = this;
    const at = src.start(line) + src.indent(line);
    let comment = false;
    for (let between = owner + 1; between < line; between += 1) comment ||= !src.isBlank(between);
    if (comment && !QUOTE_OR_FLOW.has(src.text[at]) && !this.isEntry(line, at) && !readKey(src, line, at)) decline();
    return this.node(line, at, parentIndent, depth, items);
  }

  /** A block mapping indented `indent` whose first key, already read, is on `line`; records top-level lines in `lines`. */
  mapping(line: number, indent: number, first: BlockKey, depth: number, lines?: ModelLines): ReadValue {
    if (depth > YAML_LIMITS.maxDepth) decline();
    const { src } = this;
    const map: Record<string, unknown> = {};
    let current = line;
    let entry = first;
    for (;;) {
      if (entry.key === '__proto__' || Object.hasOwn(map, entry.key)) decline();
      const items: ItemLines | undefined = lines ? [] : undefined;
      const read = this.entryValue(current, entry.valueAt, indent, depth, items);
      map[entry.key] = read.value;
      if (lines) {
        lines.keys.set(entry.key, current + 1);
        lines.items.set(entry.key, items!);
      }
      const next = src.nextContent(read.next);
      if (next >= src.count || src.indent(next) < indent) return { value: map, next };
      if (src.indent(next) > indent) decline();
      const key = readKey(src, next, src.start(next) + indent);
      if (!key) decline();
      current = next;
      entry = key;
    }
  }

  /** The value of a mapping entry whose `:` ends just before `at`: on the same line, on the lines below, or nothing. */
  private entryValue(line: number, at: number, indent: number, depth: number, items?: ItemLines): ReadValue {
    const { src } = this;
    const start = src.skipSpaces(at, line);
    if (start < src.end(line) && src.text.charCodeAt(start) !== HASH) return this.scalar(line, start, indent, depth);
    const next = src.nextContent(line + 1);
    if (next < src.count) {
      const nextIndent = src.indent(next);
      // A sequence may sit at its key's own indentation.
      if (nextIndent > indent || (nextIndent === indent && this.isEntry(next, src.start(next) + nextIndent))) return this.nodeBelow(line, next, indent, depth, items);
    }
    return { value: null, next: line + 1 };
  }

  /** A block sequence indented `indent` whose first `-` is on `line`; records its items' first lines in `items`. */
  private sequence(line: number, indent: number, depth: number, items?: ItemLines): ReadValue {
    if (depth > YAML_LIMITS.maxDepth) decline();
    const { src } = this;
    const seq: unknown[] = [];
    let current = line;
    for (;;) {
      const at = src.skipSpaces(src.start(current) + indent + 1, current);
      let read: ReadValue;
      if (at < src.end(current) && src.text.charCodeAt(at) !== HASH) {
        read = this.node(current, at, indent, depth);
        items?.push(current + 1);
      } else {
        const below = src.nextContent(current + 1);
        const belowIndent = below < src.count ? src.indent(below) : -1;
        if (belowIndent > indent) {
          read = this.nodeBelow(current, below, indent, depth);
          items?.push(below + 1);
        } else {
          read = { value: null, next: current + 1 };
          items?.push(undefined);
        }
      }
      seq.push(read.value);
      const next = src.nextContent(read.next);
      if (next >= src.count || src.indent(next) < indent) return { value: seq, next };
      if (src.indent(next) > indent) decline();
      if (!this.isEntry(next, src.start(next) + indent)) return { value: seq, next };
      current = next;
    }
  }

  /** A scalar or flow collection starting at `at` on `line`, inside a collection indented `parentIndent`. */
  private scalar(line: number, at: number, parentIndent: number, depth: number): ReadValue {
    const { src } = this;
    switch (src.text[at]) {
      case '"':
      case "'": {
        const read = readQuoted(src, line, at, parentIndent);
        src.expectLineEnd(read.end, read.line);
        return { value: read.value, next: read.line + 1 };
      }
      case '|':
      case '>':
        return readBlockScalar(src, line, at, parentIndent);
      case '[':
        if (depth + 1 > YAML_LIMITS.maxDepth) decline();
        return readFlowSequence(src, line, at);
      case '{':
        if (depth + 1 > YAML_LIMITS.maxDepth) decline();
        return readFlowMapping(src, line, at);
      default:
        return readPlain(src, line, at, parentIndent);
    }
  }
}
