import { Composer, LineCounter, Parser, isNode, type CST, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type ToJSOptions } from 'yaml';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { duplicateKeys } from './duplicate-key.js';
import { findTooDeep } from './nesting-depth.js';
import { toPlainValue } from './plain-value.js';
import { offsetsToSpan } from './spans.js';
import { describeYamlError, excerptAt, plainValueAt } from './yaml-message.js';

/** A parsed YAML file: the document with positions, its plain value, and what went wrong. */
export interface ParsedYaml {
  /** The composed document; absent when the source was refused before composing (too deep, or a parser failure). */
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data; `undefined` when there is any YAML error (the diagnostics say why). */
  value: unknown;
  /** YAML errors and warnings (`yaml/<CODE>`), located. */
  diagnostics: Diagnostic[];
}

/** Limits that keep hostile YAML from exhausting time or memory. */
export const YAML_LIMITS = {
  /** Alias expansions allowed when building plain data (billion-laughs guard). */
  maxAliasCount: 100,
  /** Collections nested deeper than this are refused before composing (stack guard). */
  maxDepth: 64,
} as const;

// YAML 1.2 core schema: `2020-02-12` stays a string, `yes` stays a string.
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions = {
  version: '1.2',
  schema: 'core',
  // Keys must be unique, but the parser's check is quadratic: duplicateKeys() does it in one pass.
  uniqueKeys: false,
  prettyErrors: false,
  // Problems are reported as diagnostics; the library must not also print to the process's stderr.
  logLevel: 'error',
};

function composeFirst(tokens: CST.Token[], text: string, file: string, lineCounter: LineCounter) {
  const diagnostics: Diagnostic[] = [];
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(OPTIONS).compose(tokens, true, text.length)) {
    if (!doc) {
      doc = next;
      continue;
    }
    const span = offsetsToSpan(lineCounter, next.range[0], next.range[0] + 1);
    const message = describeYamlError('MULTIPLE_DOCS', '', '---');
    diagnostics.push({ file, ...span, severity: 'error', rule: 'yaml/MULTIPLE_DOCS', message });
    break;
  }
  return { doc: doc!, diagnostics };
}

function parserDiagnostics(doc: Document.Parsed, text: string, file: string, lineCounter: LineCounter): Diagnostic[] {
  const all = [
    ...doc.errors.map((error) => ({ error, severity: 'error' as const })),
    ...doc.warnings.map((error) => ({ error, severity: 'warning' as const })),
  ];
  return all.map(({ error, severity }) => {
    // The parser marks one character; the hint needs the whole value it starts.
    const shown = error.code === 'BAD_SCALAR_START' ? plainValueAt(text, error.pos[0]) : excerptAt(text, error.pos[0], error.pos[1]);
    const span = offsetsToSpan(lineCounter, error.pos[0], error.pos[1]);
    return { file, ...span, severity, rule: `yaml/${error.code}`, message: describeYamlError(error.code, error.message, shown) };
  });
}

function parseUnguarded(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = findTooDeep(tokens, YAML_LIMITS.maxDepth);
  if (tooDeep) {
    const span = offsetsToSpan(lineCounter, tooDeep.offset, tooDeep.offset + 1);
    const message =
      `lists and mappings are nested more than ${YAML_LIMITS.maxDepth} levels deep here, which is refused as unsafe; ` +
      'claim files need four levels at most (claims → a claim → via → an entry). Look for unclosed [ or { brackets';
    return { lineCounter, value: undefined, diagnostics: [{ file, ...span, severity: 'error', rule: 'yaml/too-deep', message }] };
  }
  const composed = composeFirst(tokens, text, file, lineCounter);
  const { doc } = composed;
  const diagnostics = [...parserDiagnostics(doc, text, file, lineCounter), ...duplicateKeys(doc, lineCounter, file), ...composed.diagnostics].sort(
    compareDiagnostics,
  );
  if (diagnostics.some((d) => d.severity === 'error')) return { doc, lineCounter, value: undefined, diagnostics };
  const plain = toPlainValue(doc, lineCounter, file, YAML_LIMITS.maxAliasCount);
  if (!plain.ok) return { doc, lineCounter, value: undefined, diagnostics: [...diagnostics, ...plain.diagnostics] };
  return { doc, lineCounter, value: plain.value, diagnostics };
}

/**
 * Parses one YAML document with positions. Never throws: syntax errors, duplicate keys, extra
 * documents, alias bombs and absurd nesting all come back as located `yaml/*` diagnostics.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  try {
    return parseUnguarded(text, file);
  } catch (error) {
    // The guards above should make this unreachable; a stack overflow or parser bug still must not escape.
    const detail = error instanceof Error ? error.message : String(error);
    const message = `this file could not be read as YAML (${detail}); it is too large or too deeply nested to read safely`;
    const diagnostic: Diagnostic = { file, line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'yaml/RESOURCE_EXHAUSTION', message };
    return { lineCounter: new LineCounter(), value: undefined, diagnostics: [diagnostic] };
  }
}

export { offsetsToSpan, nodeSpan } from './spans.js';
export { isNode };
