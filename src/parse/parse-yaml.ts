import { LineCounter, parseDocument, isNode, type Document, type Node } from 'yaml';
import type { Diagnostic, Span } from '../model/diagnostic.js';

/** A parsed YAML file: the document with positions, its plain value, and what went wrong. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data; `undefined` when it could not be built (errors say why). */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Limits that keep hostile YAML from exhausting time or memory. */
export const YAML_LIMITS = {
  /** Alias expansions allowed when building plain data (billion-laughs guard). */
  maxAliasCount: 100,
  /** Collections nested deeper than this are refused before composing (stack guard). */
  maxDepth: 64,
} as const;

/** Converts a [start, end) offset pair to a 1-based span. */
export function offsetsToSpan(lineCounter: LineCounter, start: number, end: number): Span {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The span a YAML node covers (its value range, without trailing comments). */
export function nodeSpan(lineCounter: LineCounter, node: Node): Span {
  const [start, valueEnd] = node.range ?? [0, 0];
  return offsetsToSpan(lineCounter, start, valueEnd);
}

export { isNode };
